import { DeviceStep } from "@/components/journey/DeviceStep";
import { messages } from "@/messages";

export const metadata = { title: messages.device.question.title };

/** "Is this your own device?": the journey's first step, on its own page (issue 21). */
export default function Page() {
  return <DeviceStep words={{ question: messages.device.question, sharedInfo: messages.device.sharedInfo }} />;
}
