import type { Metadata } from "next";
import { PRIVACY_PROMISE, SERVICE_NAME } from "@/content/site";

export const metadata: Metadata = {
  title: "Privacy",
  description: PRIVACY_PROMISE,
};

export default function PrivacyPage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Privacy</h1>
        <p className="nhsuk-body-l">{PRIVACY_PROMISE}</p>

        <h2>What we store</h2>
        <p>
          When you answer the questions, your answers are saved in your web browser&apos;s storage
          on this device. This means you can close the page and come back later.
        </p>
        <p>Your answers are not sent to us or to anyone else. We have no server that could receive them.</p>
        <p>Your letter is made on this device, in your browser.</p>

        <h2>What we do not do</h2>
        <ul>
          <li>We do not use cookies.</li>
          <li>We do not use analytics or tracking.</li>
          <li>We do not show adverts.</li>
          <li>We do not load fonts, scripts or images from other websites.</li>
        </ul>
        <p>
          The company that hosts this website may keep standard records of which pages were loaded
          and when, like any website. Your answers are never part of these records.
        </p>

        <h2>How to delete your answers</h2>
        <p>You can delete your answers at any time from the question pages.</p>
        <p>
          You can also clear this website&apos;s data in your browser&apos;s settings. This removes
          everything {SERVICE_NAME} saved on this device.
        </p>

        <h2>Files you download</h2>
        <p>
          Letters and saved answers that you download are files on your device. They contain
          health information. Keep them safe, and delete them when you no longer need them.
        </p>

        <h2>If you use a shared computer</h2>
        <p>
          Anyone who uses this browser after you could see your answers. On a shared or public
          computer:
        </p>
        <ul>
          <li>delete your answers when you have finished</li>
          <li>delete any letters you downloaded, and empty the recycle bin</li>
          <li>
            or use a private browsing window: your answers are removed when you close it
          </li>
        </ul>

        <h2>When you send your letter</h2>
        <p>
          You send the letter yourself, for example by post, email or your GP&apos;s online form.
          The people you send it to look after it under their own privacy rules. We are not part
          of that.
        </p>
      </div>
    </div>
  );
}
