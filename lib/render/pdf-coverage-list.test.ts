import { describe, expect, it } from "vitest";
import { messages } from "@/messages";
import { formatFor } from "@/messages/format";
import { missingCharactersList } from "./pdf-coverage";

const list = (characters: string[]) => missingCharactersList(characters, formatFor(messages.meta), messages.letterShared.moreCharacters);

describe("the characters a PDF cannot show, named for a person", () => {
  it("names one, two or several with 'and' before the last", () => {
    expect(list(["김"])).toBe("김");
    expect(list(["김", "👍🏽"])).toBe("김 and 👍🏽");
    expect(list(["김", "민", "준"])).toBe("김, 민 and 준");
  });

  it("names the first twelve of a long list and counts the rest", () => {
    const many = Array.from("一二三四五六七八九十百千万亿兆");
    expect(list(many)).toBe("一, 二, 三, 四, 五, 六, 七, 八, 九, 十, 百, 千 and 3 more");
  });
});
