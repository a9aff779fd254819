/**
 * The guide pages, every word of them. Facts come from ../shared/docs/letters.md, each with a public
 * source; the sentences are our own. Write for a reading age of 9 to 11: "you", short sentences, the
 * most important thing first, and never "should". When you change a fact, check its source again
 * and update `lastChecked`.
 */
import { URGENT_HELP } from "./urgent-help";

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
    opgMedicalDisclosure: {
      name: "GOV.UK: Medical disclosure information to attorneys and deputies (Office of the Public Guardian)",
      url: "https://www.gov.uk/guidance/medical-disclosure-information-to-attorneys-and-deputies",
    },
    lastingPowerOfAttorney: {
      name: "GOV.UK: Make, register or end a lasting power of attorney",
      url: "https://www.gov.uk/power-of-attorney",
    },
    courtOfProtectionDeputy: {
      name: "GOV.UK: Deputies: make decisions for someone who lacks capacity",
      url: "https://www.gov.uk/become-deputy",
    },
    publicGuardianScotland: {
      name: "Office of the Public Guardian (Scotland): powers of attorney and guardianship",
      url: "https://www.publicguardian-scotland.gov.uk/",
    },
    mentalCapacityActNi: {
      name: "legislation.gov.uk: Mental Capacity Act (Northern Ireland) 2016",
      url: "https://www.legislation.gov.uk/nia/2016/18/contents",
    },
    nhsMentalCapacity: {
      name: "NHS website: Mental Capacity Act",
      url: "https://www.nhs.uk/social-care-and-support/making-decisions-for-someone-else/mental-capacity-act/",
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
    acuteOncologyUhb: {
      name: "University Hospitals Birmingham: Acute Oncology Service (24-hour helpline)",
      url: "https://www.uhb.nhs.uk/services/cancer/patients-and-visitors/acute-oncology-service-aos",
    },
    acuteOncologyRoyalSurrey: {
      name: "Royal Surrey NHS Foundation Trust: Oncology Treatment Hotline",
      url: "https://royalsurrey.nhs.uk/cc-treatment-hotline",
    },
    niOutOfHours: {
      name: "HSC Northern Ireland: GP Out-of-Hours service standards",
      url: "https://gpoutofhours.hscni.net/service-standards-for-gp-out-of-hours/",
    },
    nhs24: {
      name: "NHS 24 (Scotland): call 111",
      url: "https://www.nhs24.scot/",
    },
    nhs111Wales: {
      name: "NHS 111 Wales",
      url: "https://111.wales.nhs.uk/",
    },
    eReferral: {
      name: "NHS England Digital: NHS e-Referral Service",
      url: "https://digital.nhs.uk/services/e-referral-service",
    },
    referralGateways: {
      name: "Cegedim Healthcare: sending referrals through SCI Gateway (Scotland), WCCG (Wales) and CCG (Northern Ireland)",
      url: "https://help.cegedim-healthcare.co.uk/Vision_Consultation_Manager_Help_Centre/Content/ConMgr/Gateways/Gateway_Patient_Context.htm",
    },
    niTravelForTreatment: {
      name: "HSC Northern Ireland: Patients travelling outside Northern Ireland for treatment (Extra Contractual Referrals)",
      url: "https://online.hscni.net/our-work/travelfortreatment/",
    },
    icbOutsideEngland: {
      name: "NHS Bristol, North Somerset and South Gloucestershire ICB: Elective treatment in Northern Ireland, Scotland and Wales",
      url: "https://bnssg.icb.nhs.uk/directory/elective-treatment-in-northern-ireland-scotland-and-wales/",
    },
    altonSurgery: {
      name: "Alton Surgery: Private referral letters (fees and FAQs)",
      url: "https://altonsurgery.nhs.uk/non-nhs-services---chargeable",
    },
    clinicalNurseSpecialist: {
      name: "University Hospitals of Morecambe Bay: Cancer services roles (your clinical nurse specialist)",
      url: "https://www.uhmb.nhs.uk/our-services/services/cancer-services/roles",
    },
    macmillanSupportLine: {
      name: "Macmillan Cancer Support: Macmillan Support Line",
      url: "https://www.macmillan.org.uk/cancer-information-and-support/get-help/emotional-help/macmillan-support-line",
    },
    crukTrials: {
      name: "Cancer Research UK: How do I find a clinical trial?",
      url: "https://www.cancerresearchuk.org/about-cancer/find-a-clinical-trial/how-to-find-a-clinical-trial",
    },
    sarcomaCentres: {
      name: "British Sarcoma Group: Specialist centres",
      url: "https://britishsarcomagroup.org.uk/treating-sarcoma/specialist-centres/",
    },
    pancreaticCentres: {
      name: "Pancreatic Cancer UK: Your local pancreatic cancer specialist centre",
      url: "https://www.pancreaticcancer.org.uk/information-and-support/treatments-for-pancreatic-cancer/your-local-pancreatic-cancer-specialist-centre/",
    },
    brainCentres: {
      name: "Tessa Jowell Brain Cancer Mission: Centres of Excellence",
      url: "https://www.tessajowellbraincancermission.org/strategic-programmes/tessa-jowell-badges-for-neurocentres/",
    },
    bePartOfResearch: {
      name: "Be Part of Research (NIHR, with research bodies in Scotland, Wales and Northern Ireland)",
      url: "https://bepartofresearch.nihr.ac.uk/",
    },
    christieReferrals: {
      name: "The Christie: NHS referrals",
      url: "https://www.christie.nhs.uk/about-us/information-for-gps/nhs-referrals",
    },
    nipsoProcedure: {
      name: "Northern Ireland Public Services Ombudsman: Model Complaints Handling Procedure (from 1 January 2026)",
      url: "https://www.nipso.org.uk/service-providers/complaints-standards/model-complaints-handling-procedures",
    },
    pcc: {
      name: "Patient and Client Council (freephone 0800 917 0222)",
      url: "https://pcc-ni.net/",
    },
    sppgRole: {
      name: "HSC: Family practitioner complaints, the role of the SPPG",
      url: "https://online.hscni.net/resources/fps-complaints-elearning-package/fps-complaints-role-sppg/",
    },
    walesConcerns2026: {
      name: "BMA: Focus on the updated NHS Wales concerns process 2026 (Listening to People)",
      url: "https://www.bma.org.uk/advice-and-support/gp-practices/complaints-in-primary-care/focus-on-updated-nhs-wales-concerns-process-2026",
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
              list: URGENT_HELP,
            },
          ],
        },
      ],
      sourceIds: [
        "macmillan",
        "cruk",
        "healthwatchLambeth",
        "acuteOncologyUhb",
        "acuteOncologyRoyalSurrey",
        "nhs111Wales",
        "nhs24",
        "niOutOfHours",
        "marthasRule",
      ],
      lastChecked: "2026-12-01",
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
                  { strong: "To see another cancer doctor (oncologist):" },
                  " ask your GP or your oncologist. Your oncologist often makes this kind of referral. If you ask your GP, they may pass your request to your oncologist.",
                ],
                [
                  { strong: "To see another surgical team:" },
                  " ask your oncologist. It is usual for your oncologist to refer you to another surgeon or a specialist surgical centre.",
                ],
                [{ strong: "For a surgical opinion through your GP:" }, " your GP can sometimes refer you too. This is less usual, but you can ask."],
              ],
            },
          ],
        },
        {
          heading: "How referrals are sent",
          blocks: [
            {
              paragraph: "Your doctor sends the referral by a secure computer system. Each part of the UK has its own:",
            },
            {
              list: [
                "England: the NHS e-Referral Service",
                "Scotland: SCI Gateway",
                "Wales: the Welsh Clinical Communications Gateway",
                "Northern Ireland: the Clinical Communications Gateway",
              ],
            },
            {
              paragraph: "You do not need to use these yourself. Your letter asks your doctor to make the referral.",
            },
          ],
        },
        {
          heading: "If the team is in another part of the UK",
          blocks: [
            {
              list: [
                [
                  { strong: "Northern Ireland:" },
                  " a GP cannot refer you straight to a team outside Northern Ireland. A consultant asks for it instead. This is called an Extra Contractual Referral.",
                ],
                [{ strong: "Wales and Scotland:" }, " a referral to a team in another part of the UK may need your health board to agree."],
                [{ strong: "England:" }, " a referral to a team outside England may need your integrated care board to agree."],
              ],
            },
            {
              paragraph: "Our letters say this for you when you tell us where the hospital is.",
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
                'the team you would like to see, a back-up, and "another suitable team"',
                "a short list of what you are asking your doctor to do",
                "a short reason for asking",
                "a request to send your clinic letters and team meeting results with the referral",
                "what you will do while you wait, such as keep your appointments",
                "how to contact you, and when you would like a reply",
              ],
            },
            {
              paragraph: "Your GP does not keep your scans. So a letter to your GP asks them to ask the hospital to share your scans with the new team.",
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
            {
              paragraph: ["Read ", { text: "how to choose a team", href: "/guide/choosing-a-team/" }, "."],
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
              paragraph:
                "They sign the letter as themselves, with their own phone number or email. The letter says you are happy for the doctor to talk to them. Sign it yourself too, if you can.",
            },
          ],
        },
        {
          heading: "If the patient cannot decide for themselves",
          anchor: "cannot-decide",
          blocks: [
            {
              paragraph:
                "Sometimes a person with cancer is too unwell or confused to decide, or to agree to someone writing for them. Someone can still ask for a second opinion for them. The letter says honestly how that person acts for them. It never says the patient agreed.",
            },
            {
              list: [
                [
                  { strong: "England and Wales:" },
                  " an attorney under a registered lasting power of attorney for health and welfare, or a deputy for health and welfare made by the Court of Protection.",
                ],
                [{ strong: "Scotland:" }, " an attorney under a registered welfare power of attorney, or a welfare guardian made by a sheriff."],
                [
                  { strong: "Northern Ireland:" },
                  " nobody can yet have a power of attorney for someone's health, because that part of the law has not started. A relative or carer can still ask.",
                ],
              ],
            },
            {
              paragraph:
                "An attorney, deputy or guardian says so in the letter, and offers a copy of the power of attorney or the court's order. Have a copy ready to send.",
            },
            {
              paragraph:
                "A relative or carer with none of these can still ask, in the patient's best interests. The letter says you have no legal power to decide for them. The doctors decide what is best, and they usually talk to the people close to the patient.",
            },
            {
              paragraph: "In every part of the UK, a relative or carer can usually raise a concern for a patient who cannot do it themselves.",
            },
          ],
        },
        {
          heading: "Get copies of your records",
          blocks: [
            {
              paragraph:
                "You can ask the hospital or your GP practice for copies of your records to take with you. This is normally free. They usually have 1 month to reply. It can take up to 2 more months if your request is complicated.",
            },
            {
              paragraph: "You can ask for:",
            },
            {
              list: [
                "clinic letters",
                "the results of the meetings where your team planned your care",
                "scan reports and biopsy results",
                "copies of the scan pictures themselves, on a disc or by a download link",
              ],
            },
            {
              paragraph:
                "Sending your scans from one hospital to another is different: it is not part of a request for copies. Your referral letter asks your team to do that.",
            },
            {
              paragraph:
                "If you act for someone who cannot decide, as their attorney, deputy or guardian, you can ask for their records. Send a copy of the power of attorney or order with your letter, or when they ask for it. A relative or carer with none of these can ask too, but the records team may say no.",
            },
            {
              paragraph:
                "If someone has died, their records are asked for in a different way, under the Access to Health Records Act. The person dealing with their estate can ask. Our letter is not for this.",
            },
          ],
        },
      ],
      sourceIds: [
        "macmillan",
        "royalMarsdenReferrals",
        "royalMarsdenAccess",
        "eReferral",
        "referralGateways",
        "niTravelForTreatment",
        "icbOutsideEngland",
        "healthwatchLambeth",
        "nhsMentalCapacity",
        "lastingPowerOfAttorney",
        "courtOfProtectionDeputy",
        "opgMedicalDisclosure",
        "publicGuardianScotland",
        "mentalCapacityActNi",
        "bma",
        "ico",
      ],
      lastChecked: "2026-12-08",
    },
    {
      slug: "choosing-a-team",
      title: "How to choose a team for your second opinion",
      summary: "It can pay to do some research before you ask. Find out who can help you choose a team with the right experience, and why a back-up matters.",
      sections: [
        {
          heading: "Ask the people who know your cancer",
          blocks: [
            {
              paragraph:
                "Your clinical nurse specialist is a nurse who knows your type of cancer. They are often your main contact at the hospital. Ask them which teams see a lot of people with your cancer.",
            },
            {
              paragraph: "You can also ask your consultant or your GP. It is fine to ask. Second opinions are a normal part of cancer care.",
            },
          ],
        },
        {
          heading: "Talk to a cancer charity's nurses",
          blocks: [
            {
              paragraph:
                "Cancer charities have nurses you can phone for free. For example, the Macmillan Support Line is on 0808 808 00 00. They can help you think about which teams to ask for.",
            },
          ],
        },
        {
          heading: "Rarer cancers: specialist centres",
          blocks: [
            {
              paragraph:
                "Some rarer cancers, such as sarcoma, are planned and treated by national or regional specialist centres. If you have a rarer cancer, ask which centre looks after it in your area.",
            },
            {
              paragraph:
                "Some charities and specialist groups list these centres. Their lists are on their own websites: see the sources at the end of this page for sarcoma, pancreatic cancer and brain tumours. We do not send them anything you have typed.",
            },
          ],
        },
        {
          heading: "Clinical trials",
          blocks: [
            {
              paragraph:
                "If you want to hear about clinical trials, you can search Be Part of Research, which lists studies across the UK, or Cancer Research UK's list of trials. A team that runs trials in your type of cancer may be a good choice. Take what you find to your specialist: you usually need a doctor to refer you to a trial.",
            },
          ],
        },
        {
          heading: "Why a back-up matters",
          blocks: [
            {
              paragraph:
                "Large national centres, such as The Royal Marsden, may say no to people who could be treated nearer home. If you name a second choice, your request does not stop there.",
            },
            {
              paragraph: 'Our letters also ask for "another suitable team", so your doctor can find one if neither choice can help.',
            },
          ],
        },
        {
          heading: "What we do not do",
          blocks: [
            {
              paragraph: "We do not rank hospitals or recommend doctors. The people above can help you choose what is right for you.",
            },
          ],
        },
      ],
      sourceIds: [
        "clinicalNurseSpecialist",
        "macmillanSupportLine",
        "macmillan",
        "sarcomaCentres",
        "pancreaticCentres",
        "brainCentres",
        "bePartOfResearch",
        "crukTrials",
        "royalMarsdenAccess",
        "royalMarsdenReferrals",
        "christieReferrals",
      ],
      lastChecked: "2026-12-07",
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
          heading: "Do you need a letter from your GP?",
          blocks: [
            {
              list: [
                "If you pay for yourself, you can often book with a private specialist without a letter from your GP. Some specialists still like to have one.",
                "If you have health insurance, your insurer usually wants a referral letter from your GP. Ask your insurer what they need.",
                "Some GP practices charge a fee for a private referral letter or an insurance form. Ask your practice.",
              ],
            },
            {
              paragraph: "Our letter to your GP can ask for a referral letter you can take to a private or insured specialist.",
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
      sourceIds: ["dhscPrivateCare", "niPrivateCare", "altonSurgery", "bma", "cruk"],
      lastChecked: "2026-12-01",
    },
    {
      slug: "raising-a-concern",
      title: "If you cannot get a referral, a reply or a reason",
      summary:
        "You can raise a concern with the team that can act on it. Find who that is in your part of the UK, the free help you can get, and the time limits for complaints.",
      sections: [
        {
          heading: "Start with your team",
          blocks: [
            {
              paragraph: "Talk to your doctor or specialist nurse first. Say what you want and by when.",
            },
            {
              paragraph:
                "If you asked for a second opinion and have heard nothing, or the answer was no without a reason, you can raise a concern. Write to the team that can act on it. Free advice services can help you, but they cannot make the referral for you.",
            },
          ],
        },
        /* One section a nation, made from the routing table (lib/organisations/routing.ts) and its words (routes.guide). */
        { heading: "England", routesFor: "england" as const },
        { heading: "Wales", routesFor: "wales" as const },
        { heading: "Scotland", routesFor: "scotland" as const },
        { heading: "Northern Ireland", routesFor: "northern-ireland" as const },
        {
          heading: "If your hospital is in another part of the UK",
          blocks: [
            {
              paragraph:
                "The rules of the part of the UK where the hospital is are the ones that apply, not where you live. For example, if you live in Wales and are treated in Liverpool, write to the trust's PALS in England. Llais can still help you, because it helps people who live in Wales wherever they are treated.",
            },
          ],
        },
        {
          heading: "Where to find the address",
          blocks: [
            {
              paragraph:
                "When you choose your hospital from our list, we fill in the organisation's postal address for you. Check it on their website before you post your letter, or phone the hospital switchboard and ask.",
            },
          ],
        },
        {
          heading: "How our letter helps",
          blocks: [
            {
              paragraph:
                "Our concern letter goes to the team that can act in your part of the UK. It says what you asked for and when, and what has happened since: no reply, a no without a reason, a no you do not agree with, or a delay.",
            },
            {
              paragraph:
                "It asks them to help you get a reply, or a decision with reasons, by a date you choose. It names the free help you can get. In England it says this is not yet a formal complaint; elsewhere it asks for the concern to be sorted out quickly, at the first stage.",
            },
            {
              inset: "Keep going to your appointments while this is sorted out.",
            },
          ],
        },
      ],
      sourceIds: ["nhsPals", "nhsComplaints", "llais", "walesConcerns2026", "pass", "nipsoProcedure", "pcc", "sppgRole", "consumerCouncilNi", "belfastTrust"],
      lastChecked: "2026-12-07",
    },
  ],
};
