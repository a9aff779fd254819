import type { Metadata } from "next";
import { StartButton } from "@/components/site/StartButton";
import {
  INDEPENDENCE_STATEMENT,
  PRIVACY_PROMISE,
  SERVICE_NAME,
  SERVICE_SUBTITLE,
  START_HREF,
} from "@/content/site";

export const metadata: Metadata = {
  title: { absolute: `${SERVICE_NAME}: ${SERVICE_SUBTITLE}` },
};

export default function StartPage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{SERVICE_NAME}</h1>
        <p className="nhsuk-body-l">
          Make a clear, polite letter asking for a second opinion about your cancer diagnosis or
          treatment.
        </p>

        <div className="nhsuk-card nhsuk-card--care nhsuk-card--care--urgent">
          <div className="nhsuk-card__heading-container">
            <h2 className="nhsuk-card__heading">
              <span className="nhsuk-u-visually-hidden">Urgent advice: </span>
              If you are very unwell, get help now
            </h2>
            <span className="nhsuk-card--care__arrow" aria-hidden="true" />
          </div>
          <div className="nhsuk-card__content">
            <p>A letter is too slow for urgent problems.</p>
            <ul>
              <li>
                Call <strong>999</strong> in an emergency.
              </li>
              <li>
                Call <strong>111</strong> if you need urgent advice.
              </li>
              <li>
                If you are in hospital and getting worse, ask the ward team for an urgent review.
                Many hospitals call this <strong>Martha&apos;s Rule</strong>. It is a rapid check by
                a different team in the hospital, not a second opinion.
              </li>
            </ul>
          </div>
        </div>

        <h2>Who this is for</h2>
        <p>This service is for:</p>
        <ul>
          <li>people with cancer in the UK</li>
          <li>someone helping a person with cancer, if that person agrees</li>
        </ul>

        <h2>Letters you can make</h2>
        <ul>
          <li>ask your GP to refer you to another oncologist (cancer doctor)</li>
          <li>ask your oncologist to refer you to another surgical team</li>
          <li>ask your GP to refer you for a surgical opinion</li>
          <li>ask the patient advice service for help when you cannot agree with your team</li>
        </ul>
        <p>
          You answer some questions. We make the letter. You can then print it, download it or
          copy the words.
        </p>

        <h2>Before you start</h2>
        <p>It helps to have these to hand:</p>
        <ul>
          <li>
            your NHS number (your CHI number in Scotland, or your Health and Care number in
            Northern Ireland)
          </li>
          <li>your GP&apos;s name and the name of the practice</li>
          <li>your consultant&apos;s name and hospital</li>
          <li>your diagnosis</li>
          <li>the team you would like to see</li>
        </ul>

        <h2>Your answers are private</h2>
        <p>
          <strong>{PRIVACY_PROMISE}</strong>
        </p>
        <p>
          Nothing you type is sent to us or anyone else.{" "}
          <a className="nhsuk-link" href="/privacy/">
            Read how we keep your answers private
          </a>
          .
        </p>

        <StartButton href={START_HREF}>Start now</StartButton>

        <h2>About this service</h2>
        <p>{INDEPENDENCE_STATEMENT}</p>
        <p>
          It does not give medical advice. It helps you ask for a second opinion in writing. No law
          gives you a second opinion, but doctors rarely say no.
        </p>
        <p>
          <a className="nhsuk-link" href="/guide/">
            Read our guides to second opinions
          </a>
        </p>
      </div>
    </div>
  );
}
