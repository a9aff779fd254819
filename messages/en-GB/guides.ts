/**
 * The guide pages, every word of them. Facts come from ../shared/docs/letters.md, each with a public
 * source; the sentences are our own. Write for a reading age of 9 to 11: "you", short sentences, the
 * most important thing first, and never "should". When you change a fact, check its source again
 * and update `lastChecked`.
 */
export const guides = {
  sources: {
    nhsSecondOpinion: {
      name: "NHS website: Can I get a second opinion?",
      url: "https://www.nhs.uk/common-health-questions/nhs-services-and-treatments/can-i-get-a-second-opinion/",
    },
    gmc: {
      name: "General Medical Council: Good medical practice",
      url: "https://www.gmc-uk.org/professional-standards/the-professional-standards/good-medical-practice",
    },
    bma: {
      name: "BMA: The doctor-patient relationship (2024)",
      url: "https://www.bma.org.uk/media/nalcxoal/the-doctor-patient-relationship2024.pdf",
    },
    macmillan: {
      name: "Macmillan Cancer Support: Getting a second opinion",
      url: "https://www.macmillan.org.uk/cancer-information-and-support/treatment/your-treatment-options/getting-a-second-opinion",
    },
    cruk: {
      name: "Cancer Research UK: Seeing a different doctor or getting a second opinion",
      url: "https://www.cancerresearchuk.org/about-cancer/treatment/access-to-treatment/different-doctor-second-opinion",
    },
    healthwatchLambeth: {
      name: "Healthwatch Lambeth: Getting a second opinion about your care",
      url: "https://www.healthwatchlambeth.org.uk/advice-and-information/2025-02-03/getting-second-opinion-about-your-care",
    },
    marthasRule: {
      name: "NHS England: Martha's Rule",
      url: "https://www.england.nhs.uk/patient-safety/marthas-rule/",
    },
    royalMarsdenAccess: {
      name: "The Royal Marsden: Access policy",
      url: "https://www.royalmarsden.nhs.uk/about-royal-marsden/access-policy",
    },
    royalMarsdenReferrals: {
      name: "The Royal Marsden: Referring NHS patients",
      url: "https://www.royalmarsden.nhs.uk/information-gps/referring-patients/referring-nhs-patients",
    },
    ico: {
      name: "Information Commissioner's Office: Getting copies of your information",
      url: "https://ico.org.uk/for-the-public/getting-copies-of-your-information-subject-access-request/",
    },
    dhscPrivateCare: {
      name: "Department of Health: Guidance on NHS patients who wish to pay for additional private care (2009)",
      url: "https://www.gov.uk/government/publications/guidance-on-nhs-patients-who-wish-to-pay-for-additional-private-care",
    },
    niPrivateCare: {
      name: "Department of Health (Northern Ireland): Guidance on HSC patients who wish to pay for additional private care",
      url: "https://www.health-ni.gov.uk/publications/guidance-hsc-patients-who-wish-pay-additional-private-care",
    },
    nhsPals: {
      name: "NHS website: What is PALS (Patient Advice and Liaison Service)?",
      url: "https://www.nhs.uk/nhs-services/hospitals/what-is-pals-patient-advice-and-liaison-service/",
    },
    nhsComplaints: {
      name: "NHS website: How to complain to the NHS",
      url: "https://www.nhs.uk/using-the-nhs/about-the-nhs/how-to-complain-to-the-nhs/",
    },
    llais: {
      name: "Llais: Complaints advocacy (includes Putting Things Right)",
      url: "https://llaiswales.org/complaints-advocacy",
    },
    pass: {
      name: "Patient Advice and Support Service (PASS), Scotland",
      url: "https://pass-scotland.org.uk/",
    },
    consumerCouncilNi: {
      name: "Consumer Council for Northern Ireland: Health and social care complaints",
      url: "https://advice.consumercouncil.org.uk/directory/health-and-social-care",
    },
    belfastTrust: {
      name: "Belfast Health and Social Care Trust: Making a complaint",
      url: "https://belfasttrust.hscni.net/contact-us/compliments-and-complaints/making-a-complaint/",
    },
  },
  index: {
    title: "Guides",
    summary: "Plain guides to asking for a second opinion about your cancer care in the UK.",
    start: "Start a letter",
  },
  allGuides: "All guides",
  navLabel: "Guides",
  makeYourLetter: {
    heading: "Make your letter",
    body: "Answer a few questions and we will make the letter for you. Your answers stay on this device.",
    start: "Start a letter",
  },
  sourcesHeading: "Sources",
  lastCheckedOn: "Last checked: {date}",
  guides: [
    {
      slug: "why",
      title: "Why ask for a second opinion",
      summary: "A second opinion means another specialist team looks at your diagnosis or treatment plan. Find out what it can do, and what stays the same.",
      sections: [
        {
          heading: "What a second opinion is",
          blocks: [
            {
              paragraph: "A different cancer doctor or surgical team looks at your scans, test results and treatment plan.",
            },
            {
              paragraph: "They tell you what they think. They may agree with your team. They may suggest something different.",
            },
            {
              paragraph: "If they agree, that can help you feel sure about your plan. If they do not agree, you and your doctors can talk about the options.",
            },
          ],
        },
        {
          heading: "Reasons people ask",
          blocks: [
            {
              paragraph: "People with cancer often ask for a second opinion when:",
            },
            {
              list: [
                "they reach a turning point in treatment, for example when one treatment ends",
                "they do not agree with their team about the next step",
                "they want another cancer doctor to check the plan",
                "they want to see someone with special skills or research in their type of cancer",
                "they want to hear about options they have not talked about yet",
                "they were told surgery is not possible and want another surgical team to look again",
              ],
            },
            {
              paragraph: "You do not need a special reason. Wanting to be sure is enough.",
            },
          ],
        },
        {
          heading: "You can ask",
          blocks: [
            {
              paragraph: "No law gives you a second opinion. But doctors rarely say no.",
            },
            {
              paragraph:
                "The rules for doctors say they must respect your wish to get a second opinion. It is good practice for them to agree unless there is a good reason not to.",
            },
            {
              paragraph:
                'You cannot insist on one particular doctor or hospital. This is why our letters name your first choice, a back-up, and "another suitable specialist team".',
            },
          ],
        },
        {
          heading: "Your care now stays the same",
          blocks: [
            {
              paragraph: "Asking for a second opinion does not change the care you have now. Your team will keep looking after you.",
            },
            {
              list: [
                "Keep your appointments.",
                "Do not cancel tests or treatment your team has booked.",
                "Ask your team if waiting for a second opinion could be unsafe for you.",
              ],
            },
            {
              paragraph: "The new hospital will not see you sooner because you have already been seen somewhere else.",
            },
          ],
        },
        {
          heading: "Things to think about",
          blocks: [
            {
              list: [
                "It can take a few weeks.",
                "You may need to travel to another hospital.",
                "Hearing about your cancer again can be upsetting. You can take someone with you.",
                "If the two teams give different advice, you may need help to choose. Your specialist nurse can help.",
              ],
            },
          ],
        },
      ],
      sourceIds: ["nhsSecondOpinion", "gmc", "bma", "macmillan", "cruk"],
      lastChecked: "2026-11-25",
    },
    {
      slug: "when",
      title: "When to ask for a second opinion",
      summary: "You can ask at any point in your care. Asking early means less waiting.",
      sections: [
        {
          heading: "Good times to ask",
          blocks: [
            {
              list: [
                "soon after you are diagnosed, before treatment starts",
                "when your team changes your treatment plan",
                "when a treatment ends and you are deciding what comes next",
                "when you are told there are no more treatments to try",
                "when you are told surgery is not possible",
              ],
            },
          ],
        },
        {
          heading: "Ask early",
          blocks: [
            {
              paragraph: "A second opinion takes time to arrange. The sooner you ask, the less it may hold things up.",
            },
            {
              paragraph: 'Ask your team: "Is it safe for me to wait for a second opinion?" They can tell you if a delay could harm you.',
            },
          ],
        },
        {
          heading: "Talk to your team first",
          blocks: [
            {
              paragraph: "Before you ask, you can ask your team to go through your diagnosis and plan again.",
            },
            {
              list: [
                "Write your questions down before the appointment.",
                "Take someone with you to help you remember what was said.",
                "Ask for a copy of your test results and clinic letters.",
              ],
            },
            {
              paragraph: "Sometimes this answers your worries. If it does not, asking for a second opinion is a normal thing to do.",
            },
          ],
        },
        {
          heading: "If you are very unwell, do not wait for a letter",
          blocks: [
            {
              list: [
                "Call 999 in an emergency.",
                "Call 111 if you need urgent advice.",
                "If you are in hospital and getting worse, ask the ward team for an urgent review. Many hospitals call this Martha's Rule. It is a rapid check by a different team in the hospital. It is not a second opinion.",
              ],
            },
          ],
        },
      ],
      sourceIds: ["macmillan", "cruk", "healthwatchLambeth", "marthasRule"],
      lastChecked: "2026-11-25",
    },
    {
      slug: "how",
      title: "How to ask for a second opinion",
      summary: "Who to ask, what to put in your letter, and what happens next.",
      sections: [
        {
          heading: "Who to ask",
          blocks: [
            {
              list: [
                [
                  {
                    strong: "To see another cancer doctor (oncologist):",
                  },
                  " ask your GP. Your GP can refer you to a team at another hospital by letter, email or the NHS e-Referral Service.",
                ],
                [
                  {
                    strong: "To see another surgical team:",
                  },
                  " ask your oncologist. It is usual for your oncologist to refer you to another surgeon or a specialist surgical centre.",
                ],
                [
                  {
                    strong: "For a surgical opinion through your GP:",
                  },
                  " your GP can sometimes refer you too. This is less usual, but you can ask.",
                ],
              ],
            },
          ],
        },
        {
          heading: "Put it in writing",
          blocks: [
            {
              paragraph: "A letter is clear. It puts all the facts in one place, and it can go on your record.",
            },
            {
              paragraph: "Our letters include:",
            },
            {
              list: [
                "your name, date of birth and address",
                "your NHS number (your CHI number in Scotland, or your Health and Care number in Northern Ireland)",
                "your diagnosis, your consultant and your hospital",
                'the team you would like to see, a back-up, and "another suitable specialist team"',
                "a short reason for asking",
                "a request to send your scans, test results and clinic letters with the referral",
                "that you will keep your current appointments and treatment",
                "how to contact you, and when you would like a reply",
              ],
            },
          ],
        },
        {
          heading: "Choose a back-up team",
          blocks: [
            {
              paragraph: "Large national centres, such as The Royal Marsden, may say no to people who could be treated nearer home.",
            },
            {
              paragraph: "So name a second choice in your letter. This gives your doctor another place to refer you if your first choice says no.",
            },
          ],
        },
        {
          heading: "What happens next",
          blocks: [
            {
              paragraph: "The new team treats your request as a new referral. You may need to wait for an appointment.",
            },
            {
              paragraph: "The new team does not take over your care automatically. If you want them to treat you, this has to be agreed separately.",
            },
            {
              paragraph: "Your current team keeps looking after you in the meantime.",
            },
          ],
        },
        {
          heading: "If someone is helping you",
          blocks: [
            {
              paragraph: "A family member, friend or carer can ask for a second opinion for you. They can only do this if you agree.",
            },
            {
              paragraph: "Our letters say that you agree. Sign the letter yourself if you can.",
            },
          ],
        },
        {
          heading: "Get copies of your records",
          blocks: [
            {
              paragraph:
                "You can ask the hospital for copies of your records to take with you. This is free. The hospital usually has 1 month to reply. It can take up to 2 more months if your request is complicated.",
            },
            {
              paragraph: "You can ask for:",
            },
            {
              list: [
                "clinic letters",
                "the outcome of your team meetings (MDT meetings)",
                "scan reports and biopsy results",
                "the scan images themselves, sent by image exchange or on a disc",
              ],
            },
          ],
        },
      ],
      sourceIds: ["macmillan", "royalMarsdenReferrals", "royalMarsdenAccess", "healthwatchLambeth", "bma", "ico"],
      lastChecked: "2026-11-25",
    },
    {
      slug: "paying-privately",
      title: "Paying for a private second opinion",
      summary: "You can pay to see a specialist privately, or use health insurance. You keep your NHS care.",
      sections: [
        {
          heading: "You keep your NHS care",
          blocks: [
            {
              paragraph: "Some people pay for a private appointment to get a second opinion sooner. Some use health insurance.",
            },
            {
              paragraph: "Seeing a doctor privately does not take away your NHS care:",
            },
            {
              list: ["your NHS care stays free", "you keep your place on the NHS waiting list", "your NHS team keeps looking after you"],
            },
            {
              paragraph: "Private care and NHS care are kept separate. They happen at different appointments.",
            },
          ],
        },
        {
          heading: "You will need a referral letter",
          blocks: [
            {
              paragraph: "Private specialists and insurers usually want a letter from your GP. This is called a referral letter.",
            },
            {
              paragraph: 'Our letter to your GP can ask for an "open" referral letter. This is a letter you can take to a private or insured specialist.',
            },
          ],
        },
        {
          heading: "Check before you book",
          blocks: [
            {
              list: [
                "how much the appointment costs",
                "how much any extra tests or scans cost",
                "if your insurance covers it, and which specialists your insurer accepts",
                "if the specialist will look at your NHS scans and results",
                "if you will get a written report to share with your NHS team",
              ],
            },
          ],
        },
        {
          heading: "After a private appointment",
          blocks: [
            {
              paragraph:
                "Share the written report with your NHS team and your GP. If the private specialist suggests a different treatment, talk to your NHS team about it.",
            },
          ],
        },
      ],
      sourceIds: ["dhscPrivateCare", "niPrivateCare", "bma", "cruk"],
      lastChecked: "2026-11-25",
    },
    {
      slug: "raising-a-concern",
      title: "If you cannot agree with your team",
      summary:
        "A free patient advice service can help you get a reply or a decision. Find the service for your part of the UK, and the time limits for complaints.",
      sections: [
        {
          heading: "Start with your team",
          blocks: [
            {
              paragraph: "Talk to your doctor or specialist nurse first. Say what you want and by when.",
            },
            {
              paragraph: "If you asked for a second opinion and have heard nothing, or the answer was no without a reason, a patient advice service can help.",
            },
          ],
        },
        {
          heading: "England: PALS",
          blocks: [
            {
              paragraph: "Every NHS trust in England has a Patient Advice and Liaison Service (PALS).",
            },
            {
              list: [
                "It is free and confidential.",
                "It is informal. It is not the complaints process.",
                "It will not talk to anyone about you without your permission.",
                "It can give extra help if you are disabled.",
              ],
            },
            {
              paragraph: "Find your PALS on your hospital's website, or phone the hospital switchboard and ask for PALS.",
            },
          ],
        },
        {
          heading: "Wales: Llais",
          blocks: [
            {
              paragraph: "Llais helps people in Wales with concerns about NHS care. Llais replaced the Community Health Councils in April 2023.",
            },
            {
              paragraph:
                'In Wales, the NHS way of dealing with concerns is called "Putting Things Right". The health board aims to reply within 30 working days.',
            },
          ],
        },
        {
          heading: "Scotland: PASS",
          blocks: [
            {
              paragraph: "The Patient Advice and Support Service (PASS) is run by Citizens Advice Scotland. Phone 0800 917 2127.",
            },
            {
              paragraph: "In Scotland, asking for a second opinion is not a complaint in itself.",
            },
          ],
        },
        {
          heading: "Northern Ireland: Patient and Client Council",
          blocks: [
            {
              paragraph:
                "The Patient and Client Council gives free help with concerns about health and social care. Complaints go to the complaints manager at your health and social care trust.",
            },
          ],
        },
        {
          heading: "If you make a formal complaint: time limits",
          blocks: [
            {
              paragraph: "Complain as soon as you can. These are the usual time limits:",
            },
            {
              list: [
                [
                  {
                    strong: "England:",
                  },
                  " within 12 months of what happened, or of when you found out about it. The NHS can agree to look at a later complaint if there is a good reason. You will hear back within 3 working days to say it has arrived. Free NHS complaints advocacy services, such as POhWER and VoiceAbility, can help. After that, you can go to the Parliamentary and Health Service Ombudsman.",
                ],
                [
                  {
                    strong: "Wales:",
                  },
                  " usually within 12 months. Sources do not all agree, so ask Llais which limit applies to you. After that, you can go to the Public Services Ombudsman for Wales.",
                ],
                [
                  {
                    strong: "Scotland:",
                  },
                  " within 6 months of what happened, or of when you found out about it, and no later than 12 months after it happened. The first reply comes within 5 working days. A full investigation takes about 20 working days. After that, you can go to the Scottish Public Services Ombudsman.",
                ],
                [
                  {
                    strong: "Northern Ireland:",
                  },
                  " usually within 6 months of when you found out about the problem, and normally no later than 12 months after it happened. After that, you can go to the Northern Ireland Public Services Ombudsman.",
                ],
              ],
            },
          ],
        },
        {
          heading: "How our letter helps",
          blocks: [
            {
              paragraph: "Our fourth letter goes to the patient advice service. It says what you asked for and when, and what has happened since.",
            },
            {
              paragraph: "It asks them to help you get a reply, or a decision with reasons, by a date you choose. It says this is not yet a formal complaint.",
            },
            {
              inset: "Keep going to your appointments while this is sorted out.",
            },
          ],
        },
      ],
      sourceIds: ["nhsPals", "nhsComplaints", "llais", "pass", "consumerCouncilNi", "belfastTrust"],
      lastChecked: "2026-11-25",
    },
  ],
};
