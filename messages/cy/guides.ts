/**
 * The guide pages, in Welsh: plain, warm, "chi", short sentences. Facts come from
 * ../shared/docs/letters.md, each with a public source. A source keeps its English name, which is
 * the title of the English page it links to; only a source with a Welsh title of its own has it in
 * Welsh (NHS 111 Wales: GIG 111 Cymru).
 */
import type { guides as en } from "../en-GB/guides";
import { URGENT_HELP } from "./urgent-help";

export const guides: typeof en = {
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
      name: "GIG 111 Cymru",
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
    title: "Canllawiau",
    summary: "Canllawiau clir ar ofyn am ail farn am eich gofal canser yn y DU.",
    start: "Dechrau llythyr",
  },
  allGuides: "Pob canllaw",
  navLabel: "Canllawiau",
  makeYourLetter: {
    heading: "Gwneud eich llythyr",
    body: "Atebwch ychydig o gwestiynau a byddwn ni'n gwneud y llythyr i chi. Mae eich atebion yn aros ar y ddyfais hon.",
    start: "Dechrau llythyr",
  },
  sourcesHeading: "Ffynonellau",
  lastCheckedOn: "Gwiriwyd ddiwethaf: {date}",
  guides: [
    {
      slug: "why",
      title: "Pam gofyn am ail farn",
      summary:
        "Mae ail farn yn golygu bod tîm arbenigol arall yn edrych ar eich diagnosis neu eich cynllun triniaeth. Dysgwch beth all ei wneud, a beth sy'n aros yr un fath.",
      sections: [
        {
          heading: "Beth yw ail farn",
          blocks: [
            {
              paragraph: "Mae meddyg canser neu dîm llawfeddygol gwahanol yn edrych ar eich sganiau, canlyniadau eich profion a'ch cynllun triniaeth.",
            },
            {
              paragraph:
                "Maen nhw'n dweud wrthych chi beth maen nhw'n ei feddwl. Efallai y byddan nhw'n cytuno â'ch tîm. Efallai y byddan nhw'n awgrymu rhywbeth gwahanol.",
            },
            {
              paragraph:
                "Os ydyn nhw'n cytuno, gall hynny eich helpu i deimlo'n siŵr am eich cynllun. Os nad ydyn nhw'n cytuno, gallwch chi a'ch meddygon siarad am y dewisiadau.",
            },
          ],
        },
        {
          heading: "Pam mae pobl yn gofyn",
          blocks: [
            {
              paragraph: "Yn aml, mae pobl â chanser yn gofyn am ail farn yn yr achosion hyn:",
            },
            {
              list: [
                "maen nhw'n cyrraedd trobwynt yn eu triniaeth, er enghraifft pan fydd un driniaeth yn dod i ben",
                "dydyn nhw ddim yn cytuno â'u tîm am y cam nesaf",
                "maen nhw eisiau i feddyg canser arall wirio'r cynllun",
                "maen nhw eisiau gweld rhywun sydd â sgiliau arbennig neu sy'n gwneud ymchwil i'w math nhw o ganser",
                "maen nhw eisiau clywed am ddewisiadau nad ydyn nhw wedi siarad amdanyn nhw eto",
                "maen nhw wedi cael gwybod nad oes modd cael llawdriniaeth, ac maen nhw eisiau i dîm llawfeddygol arall edrych eto",
              ],
            },
            {
              paragraph: "Does dim angen rheswm arbennig arnoch chi. Mae eisiau bod yn siŵr yn ddigon.",
            },
          ],
        },
        {
          heading: "Gallwch chi ofyn",
          blocks: [
            {
              paragraph: "Does dim cyfraith sy'n rhoi ail farn i chi. Ond anaml y bydd meddygon yn dweud na.",
            },
            {
              paragraph:
                "Mae'r rheolau ar gyfer meddygon yn dweud bod rhaid iddyn nhw barchu eich dymuniad i gael ail farn. Mae'n arfer da iddyn nhw gytuno oni bai bod rheswm da dros beidio.",
            },
            {
              paragraph:
                "Allwch chi ddim mynnu cael un meddyg neu un ysbyty penodol. Dyna pam mae ein llythyrau'n enwi eich dewis cyntaf, ail ddewis, a “thîm arbenigol addas arall”.",
            },
          ],
        },
        {
          heading: "Mae eich gofal nawr yn aros yr un fath",
          blocks: [
            {
              paragraph: "Nid yw gofyn am ail farn yn newid y gofal sydd gennych chi nawr. Bydd eich tîm yn dal i ofalu amdanoch chi.",
            },
            {
              list: [
                "Ewch i'ch apwyntiadau.",
                "Peidiwch â chanslo profion na thriniaeth mae eich tîm wedi'u trefnu.",
                "Gofynnwch i'ch tîm a allai aros am ail farn fod yn anniogel i chi.",
              ],
            },
            {
              paragraph: "Fydd yr ysbyty newydd ddim yn eich gweld yn gynt am eich bod wedi cael eich gweld yn rhywle arall yn barod.",
            },
          ],
        },
        {
          heading: "Pethau i feddwl amdanyn nhw",
          blocks: [
            {
              list: [
                "Gall gymryd ychydig o wythnosau.",
                "Efallai y bydd angen i chi deithio i ysbyty arall.",
                "Gall clywed am eich canser eto fod yn anodd. Gallwch fynd â rhywun gyda chi.",
                "Os yw'r ddau dîm yn rhoi cyngor gwahanol, efallai y bydd angen help arnoch chi i ddewis. Gall eich nyrs arbenigol helpu.",
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
      title: "Pryd i ofyn am ail farn",
      summary: "Gallwch ofyn ar unrhyw adeg yn eich gofal. Mae gofyn yn gynnar yn golygu llai o aros.",
      sections: [
        {
          heading: "Adegau da i ofyn",
          blocks: [
            {
              list: [
                "yn fuan ar ôl i chi gael diagnosis, cyn i'r driniaeth ddechrau",
                "pan fydd eich tîm yn newid eich cynllun triniaeth",
                "pan fydd triniaeth yn dod i ben a'ch bod chi'n penderfynu beth sy'n dod nesaf",
                "pan fyddwch chi'n cael gwybod nad oes rhagor o driniaethau i roi cynnig arnyn nhw",
                "pan fyddwch chi'n cael gwybod nad oes modd cael llawdriniaeth",
              ],
            },
          ],
        },
        {
          heading: "Gofynnwch yn gynnar",
          blocks: [
            {
              paragraph: "Mae'n cymryd amser i drefnu ail farn. Po gyntaf y gofynnwch chi, lleiaf y gall ddal pethau'n ôl.",
            },
            {
              paragraph: "Gofynnwch i'ch tîm: “Ydy hi'n ddiogel i mi aros am ail farn?” Gallan nhw ddweud wrthych chi a allai oedi wneud niwed i chi.",
            },
          ],
        },
        {
          heading: "Siaradwch â'ch tîm yn gyntaf",
          blocks: [
            {
              paragraph: "Cyn i chi ofyn, gallwch ofyn i'ch tîm fynd drwy eich diagnosis a'ch cynllun eto.",
            },
            {
              list: [
                "Ysgrifennwch eich cwestiynau cyn yr apwyntiad.",
                "Ewch â rhywun gyda chi i'ch helpu i gofio beth gafodd ei ddweud.",
                "Gofynnwch am gopi o ganlyniadau eich profion a'ch llythyrau clinig.",
              ],
            },
            {
              paragraph: "Weithiau, mae hyn yn ateb eich pryderon. Os nad yw'n gwneud hynny, mae gofyn am ail farn yn beth arferol i'w wneud.",
            },
          ],
        },
        {
          heading: "Os ydych chi'n sâl iawn, peidiwch ag aros am lythyr",
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
      title: "Sut i ofyn am ail farn",
      summary: "Pwy i ofyn iddyn nhw, beth i'w roi yn eich llythyr, a beth sy'n digwydd nesaf.",
      sections: [
        {
          heading: "Pwy i ofyn iddyn nhw",
          blocks: [
            {
              list: [
                [
                  { strong: "I weld meddyg canser arall (oncolegydd):" },
                  " gofynnwch i'ch meddyg teulu neu i'ch oncolegydd. Eich oncolegydd sy'n gwneud y math hwn o atgyfeiriad yn aml. Os gofynnwch chi i'ch meddyg teulu, efallai y bydd yn anfon eich cais at eich oncolegydd.",
                ],
                [
                  { strong: "I weld tîm llawfeddygol arall:" },
                  " gofynnwch i'ch oncolegydd. Fel arfer, eich oncolegydd sy'n eich atgyfeirio at lawfeddyg arall neu at ganolfan lawfeddygol arbenigol.",
                ],
                [
                  { strong: "Am farn lawfeddygol drwy eich meddyg teulu:" },
                  " weithiau, gall eich meddyg teulu eich atgyfeirio hefyd. Mae hyn yn llai arferol, ond gallwch ofyn.",
                ],
              ],
            },
          ],
        },
        {
          heading: "Sut mae atgyfeiriadau'n cael eu hanfon",
          blocks: [
            {
              paragraph: "Mae eich meddyg yn anfon yr atgyfeiriad drwy system gyfrifiadurol ddiogel. Mae gan bob rhan o'r DU ei system ei hun:",
            },
            {
              list: [
                "Lloegr: Gwasanaeth e-Atgyfeirio'r GIG (NHS e-Referral Service)",
                "Yr Alban: SCI Gateway",
                "Cymru: Porth Cyfathrebu Clinigol Cymru (WCCG)",
                "Gogledd Iwerddon: y Porth Cyfathrebu Clinigol (Clinical Communications Gateway)",
              ],
            },
            {
              paragraph: "Does dim angen i chi ddefnyddio'r rhain eich hun. Mae eich llythyr yn gofyn i'ch meddyg wneud yr atgyfeiriad.",
            },
          ],
        },
        {
          heading: "Os yw'r tîm mewn rhan arall o'r DU",
          blocks: [
            {
              list: [
                [
                  { strong: "Gogledd Iwerddon:" },
                  " ni all meddyg teulu eich atgyfeirio'n syth at dîm y tu allan i Ogledd Iwerddon. Mae meddyg ymgynghorol yn gwneud cais amdano yn lle hynny. Atgyfeiriad Allgontractiol (Extra Contractual Referral) yw'r enw ar hyn.",
                ],
                [{ strong: "Cymru a'r Alban:" }, " efallai y bydd angen i'ch bwrdd iechyd gytuno i atgyfeiriad at dîm mewn rhan arall o'r DU."],
                [{ strong: "Lloegr:" }, " efallai y bydd angen i'ch bwrdd gofal integredig gytuno i atgyfeiriad at dîm y tu allan i Loegr."],
              ],
            },
            {
              paragraph: "Mae ein llythyrau'n dweud hyn ar eich rhan pan fyddwch chi'n dweud wrthym ni ble mae'r ysbyty.",
            },
          ],
        },
        {
          heading: "Rhowch y cais yn ysgrifenedig",
          blocks: [
            {
              paragraph: "Mae llythyr yn glir. Mae'n rhoi'r holl ffeithiau mewn un lle, a gall fynd ar eich cofnod.",
            },
            {
              paragraph: "Mae ein llythyrau'n cynnwys:",
            },
            {
              list: [
                "eich enw, eich dyddiad geni a'ch cyfeiriad",
                "eich rhif GIG (eich rhif CHI yn yr Alban, neu eich rhif Iechyd a Gofal yng Ngogledd Iwerddon)",
                "eich diagnosis, eich meddyg ymgynghorol a'ch ysbyty",
                "y tîm yr hoffech ei weld, ail ddewis, a “thîm addas arall”",
                "rhestr fer o'r hyn rydych chi'n gofyn i'ch meddyg ei wneud",
                "rheswm byr dros ofyn",
                "cais i anfon eich llythyrau clinig a chanlyniadau cyfarfodydd tîm gyda'r atgyfeiriad",
                "beth fyddwch chi'n ei wneud wrth aros, fel mynd i'ch apwyntiadau",
                "sut i gysylltu â chi, a phryd yr hoffech chi gael ateb",
              ],
            },
            {
              paragraph:
                "Nid yw eich meddyg teulu yn cadw eich sganiau. Felly mae llythyr at eich meddyg teulu yn gofyn iddo ofyn i'r ysbyty rannu eich sganiau gyda'r tîm newydd.",
            },
          ],
        },
        {
          heading: "Dewiswch ail dîm",
          blocks: [
            {
              paragraph: "Gall canolfannau cenedlaethol mawr, fel The Royal Marsden, ddweud na wrth bobl sy'n gallu cael triniaeth yn nes at adref.",
            },
            {
              paragraph:
                "Felly enwch ail ddewis yn eich llythyr. Mae hyn yn rhoi lle arall i'ch meddyg eich atgyfeirio ato os yw eich dewis cyntaf yn dweud na.",
            },
            {
              paragraph: ["Darllenwch ", { text: "sut i ddewis tîm", href: "/guide/choosing-a-team/" }, "."],
            },
          ],
        },
        {
          heading: "Beth sy'n digwydd nesaf",
          blocks: [
            {
              paragraph: "Mae'r tîm newydd yn trin eich cais fel atgyfeiriad newydd. Efallai y bydd angen i chi aros am apwyntiad.",
            },
            {
              paragraph:
                "Nid yw'r tîm newydd yn cymryd eich gofal drosodd yn awtomatig. Os ydych chi eisiau iddyn nhw eich trin, mae'n rhaid cytuno ar hynny ar wahân.",
            },
            {
              paragraph: "Bydd eich tîm presennol yn dal i ofalu amdanoch chi yn y cyfamser.",
            },
          ],
        },
        {
          heading: "Os oes rhywun yn eich helpu",
          blocks: [
            {
              paragraph: "Gall aelod o'r teulu, ffrind neu ofalwr ofyn am ail farn ar eich rhan. Dim ond os ydych chi'n cytuno y gallan nhw wneud hyn.",
            },
            {
              paragraph:
                "Maen nhw'n llofnodi'r llythyr yn eu henw eu hunain, gyda'u rhif ffôn neu eu cyfeiriad e-bost eu hunain. Mae'r llythyr yn dweud eich bod chi'n fodlon i'r meddyg siarad â nhw. Llofnodwch ef eich hun hefyd, os gallwch chi.",
            },
          ],
        },
        {
          heading: "Os na all y claf benderfynu drostyn nhw eu hunain",
          anchor: "cannot-decide",
          blocks: [
            {
              paragraph:
                "Weithiau mae person â chanser yn rhy sâl neu'n rhy ddryslyd i benderfynu, neu i gytuno i rywun ysgrifennu ar ei ran. Gall rhywun ofyn am ail farn ar ei ran o hyd. Mae'r llythyr yn dweud yn onest sut mae'r person hwnnw'n gweithredu ar ran y claf. Nid yw byth yn dweud bod y claf wedi cytuno.",
            },
            {
              list: [
                [
                  { strong: "Cymru a Lloegr:" },
                  " atwrnai dan atwrneiaeth arhosol ar gyfer iechyd a lles sydd wedi'i chofrestru, neu ddirprwy ar gyfer iechyd a lles a benodwyd gan y Llys Gwarchod.",
                ],
                [{ strong: "Yr Alban:" }, " atwrnai dan atwrneiaeth les sydd wedi'i chofrestru, neu warcheidwad lles a benodwyd gan siryf."],
                [
                  { strong: "Gogledd Iwerddon:" },
                  " ni all neb gael atwrneiaeth dros iechyd rhywun arall eto, oherwydd nad yw'r rhan honno o'r gyfraith wedi dechrau. Gall perthynas neu ofalwr ofyn o hyd.",
                ],
              ],
            },
            {
              paragraph:
                "Mae atwrnai, dirprwy neu warcheidwad yn dweud hynny yn y llythyr, ac yn cynnig copi o'r atwrneiaeth neu o orchymyn y llys. Cadwch gopi yn barod i'w anfon.",
            },
            {
              paragraph:
                "Gall perthynas neu ofalwr heb yr un o'r rhain ofyn o hyd, er lles pennaf y claf. Mae'r llythyr yn dweud nad oes gennych chi bŵer cyfreithiol i benderfynu dros y claf. Y meddygon sy'n penderfynu beth sydd orau, ac fel arfer maen nhw'n siarad â'r bobl sy'n agos at y claf.",
            },
            {
              paragraph: "Ym mhob rhan o'r DU, fel arfer gall perthynas neu ofalwr godi pryder ar ran claf na all wneud hynny ei hun.",
            },
          ],
        },
        {
          heading: "Cael copïau o'ch cofnodion",
          blocks: [
            {
              paragraph:
                "Gallwch ofyn i'r ysbyty neu i'ch practis meddyg teulu am gopïau o'ch cofnodion i fynd â nhw gyda chi. Fel arfer, mae hyn am ddim. Fel rheol, mae ganddyn nhw 1 mis i ateb. Gall gymryd hyd at 2 fis arall os yw eich cais yn gymhleth.",
            },
            {
              paragraph: "Gallwch ofyn am:",
            },
            {
              list: [
                "llythyrau clinig",
                "canlyniadau'r cyfarfodydd lle gwnaeth eich tîm gynllunio eich gofal",
                "adroddiadau sgan a chanlyniadau biopsi",
                "copïau o luniau'r sganiau eu hunain, ar ddisg neu drwy ddolen lawrlwytho",
              ],
            },
            {
              paragraph:
                "Mae anfon eich sganiau o un ysbyty i un arall yn wahanol: nid yw'n rhan o gais am gopïau. Mae eich llythyr atgyfeirio yn gofyn i'ch tîm wneud hynny.",
            },
            {
              paragraph:
                "Os ydych chi'n gweithredu ar ran rhywun na all benderfynu, fel eu hatwrnai, eu dirprwy neu eu gwarcheidwad, gallwch ofyn am eu cofnodion. Anfonwch gopi o'r atwrneiaeth neu'r gorchymyn gyda'ch llythyr, neu pan fyddan nhw'n gofyn amdano. Gall perthynas neu ofalwr heb yr un o'r rhain ofyn hefyd, ond efallai y bydd y tîm cofnodion yn dweud na.",
            },
            {
              paragraph:
                "Os yw rhywun wedi marw, mae gofyn am gofnodion y person hwnnw yn digwydd mewn ffordd wahanol, o dan Ddeddf Mynediad at Gofnodion Iechyd (Access to Health Records Act). Gall y person sy'n delio ag ystad y person a fu farw ofyn. Nid yw ein llythyr ar gyfer hyn.",
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
      title: "Sut i ddewis tîm ar gyfer eich ail farn",
      summary:
        "Gall fod yn werth gwneud ychydig o ymchwil cyn i chi ofyn. Dysgwch pwy all eich helpu i ddewis tîm sydd â'r profiad iawn, a pham mae ail ddewis yn bwysig.",
      sections: [
        {
          heading: "Gofynnwch i'r bobl sy'n adnabod eich canser",
          blocks: [
            {
              paragraph:
                "Mae eich nyrs glinigol arbenigol yn nyrs sy'n gwybod am eich math chi o ganser. Yn aml, y nyrs hon yw eich prif gyswllt yn yr ysbyty. Gofynnwch pa dimau sy'n gweld llawer o bobl â'ch math chi o ganser.",
            },
            {
              paragraph: "Gallwch hefyd ofyn i'ch meddyg ymgynghorol neu i'ch meddyg teulu. Mae'n iawn gofyn. Mae ail farn yn rhan arferol o ofal canser.",
            },
          ],
        },
        {
          heading: "Siaradwch â nyrsys elusen ganser",
          blocks: [
            {
              paragraph:
                "Mae gan elusennau canser nyrsys y gallwch eu ffonio am ddim. Er enghraifft, rhif Llinell Gymorth Macmillan yw 0808 808 00 00. Gallan nhw eich helpu i feddwl am ba dimau i ofyn amdanyn nhw.",
            },
          ],
        },
        {
          heading: "Canserau prinnach: canolfannau arbenigol",
          blocks: [
            {
              paragraph:
                "Mae rhai canserau prinnach, fel sarcoma, yn cael eu cynllunio a'u trin gan ganolfannau arbenigol cenedlaethol neu ranbarthol. Os oes gennych chi ganser prinnach, gofynnwch pa ganolfan sy'n gofalu amdano yn eich ardal chi.",
            },
            {
              paragraph:
                "Mae rhai elusennau a grwpiau arbenigol yn rhestru'r canolfannau hyn. Mae eu rhestrau ar eu gwefannau eu hunain: edrychwch ar y ffynonellau ar waelod y dudalen hon ar gyfer sarcoma, canser y pancreas a thiwmorau ar yr ymennydd. Dydyn ni ddim yn anfon dim byd rydych chi wedi'i deipio atyn nhw.",
            },
          ],
        },
        {
          heading: "Treialon clinigol",
          blocks: [
            {
              paragraph:
                "Os hoffech chi glywed am dreialon clinigol, gallwch chwilio Be Part of Research, sy'n rhestru astudiaethau ar draws y DU, neu restr treialon Cancer Research UK. Gall tîm sy'n cynnal treialon yn eich math chi o ganser fod yn ddewis da. Ewch â'r hyn rydych chi'n ei ddarganfod at eich arbenigwr: fel arfer, mae angen meddyg arnoch chi i'ch atgyfeirio at dreial.",
            },
          ],
        },
        {
          heading: "Pam mae ail ddewis yn bwysig",
          blocks: [
            {
              paragraph:
                "Gall canolfannau cenedlaethol mawr, fel The Royal Marsden, ddweud na wrth bobl sy'n gallu cael triniaeth yn nes at adref. Os ydych chi'n enwi ail ddewis, nid yw eich cais yn dod i ben yno.",
            },
            {
              paragraph:
                "Mae ein llythyrau hefyd yn gofyn am “dîm addas arall”, fel bod eich meddyg yn gallu dod o hyd i un os na all y naill ddewis na'r llall helpu.",
            },
          ],
        },
        {
          heading: "Beth nad ydyn ni'n ei wneud",
          blocks: [
            {
              paragraph: "Dydyn ni ddim yn rhoi ysbytai mewn trefn nac yn argymell meddygon. Gall y bobl uchod eich helpu i ddewis beth sy'n iawn i chi.",
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
      title: "Talu am ail farn breifat",
      summary: "Gallwch dalu i weld arbenigwr yn breifat, neu ddefnyddio yswiriant iechyd. Rydych chi'n cadw eich gofal GIG.",
      sections: [
        {
          heading: "Rydych chi'n cadw eich gofal GIG",
          blocks: [
            {
              paragraph: "Mae rhai pobl yn talu am apwyntiad preifat i gael ail farn yn gynt. Mae rhai'n defnyddio yswiriant iechyd.",
            },
            {
              paragraph: "Nid yw gweld meddyg yn breifat yn mynd â'ch gofal GIG oddi wrthych chi:",
            },
            {
              list: ["mae eich gofal GIG yn aros am ddim", "rydych chi'n cadw eich lle ar restr aros y GIG", "mae eich tîm GIG yn dal i ofalu amdanoch chi"],
            },
            {
              paragraph: "Mae gofal preifat a gofal GIG yn cael eu cadw ar wahân. Maen nhw'n digwydd mewn apwyntiadau gwahanol.",
            },
          ],
        },
        {
          heading: "Oes angen llythyr gan eich meddyg teulu arnoch chi?",
          blocks: [
            {
              list: [
                "Os ydych chi'n talu eich hun, yn aml gallwch drefnu apwyntiad gydag arbenigwr preifat heb lythyr gan eich meddyg teulu. Mae rhai arbenigwyr yn dal i hoffi cael un.",
                "Os oes gennych chi yswiriant iechyd, fel arfer bydd eich cwmni yswiriant eisiau llythyr atgyfeirio gan eich meddyg teulu. Gofynnwch i'ch cwmni yswiriant beth sydd ei angen arnyn nhw.",
                "Mae rhai practisau meddygon teulu yn codi ffi am lythyr atgyfeirio preifat neu am ffurflen yswiriant. Gofynnwch i'ch practis.",
              ],
            },
            {
              paragraph:
                "Gall ein llythyr at eich meddyg teulu ofyn am lythyr atgyfeirio y gallwch fynd ag ef at arbenigwr preifat neu arbenigwr drwy yswiriant.",
            },
          ],
        },
        {
          heading: "Gwiriwch cyn i chi drefnu",
          blocks: [
            {
              list: [
                "faint mae'r apwyntiad yn ei gostio",
                "faint mae unrhyw brofion neu sganiau ychwanegol yn ei gostio",
                "a yw eich yswiriant yn talu amdano, a pha arbenigwyr mae eich cwmni yswiriant yn eu derbyn",
                "a fydd yr arbenigwr yn edrych ar eich sganiau a'ch canlyniadau GIG",
                "a fyddwch chi'n cael adroddiad ysgrifenedig i'w rannu gyda'ch tîm GIG",
              ],
            },
          ],
        },
        {
          heading: "Ar ôl apwyntiad preifat",
          blocks: [
            {
              paragraph:
                "Rhannwch yr adroddiad ysgrifenedig gyda'ch tîm GIG a'ch meddyg teulu. Os yw'r arbenigwr preifat yn awgrymu triniaeth wahanol, siaradwch â'ch tîm GIG am y peth.",
            },
          ],
        },
      ],
      sourceIds: ["dhscPrivateCare", "niPrivateCare", "altonSurgery", "bma", "cruk"],
      lastChecked: "2026-12-01",
    },
    {
      slug: "raising-a-concern",
      title: "Os na allwch chi gael atgyfeiriad, ateb neu reswm",
      summary:
        "Gallwch godi pryder gyda'r tîm sy'n gallu gweithredu. Dysgwch pwy yw hwnnw yn eich rhan chi o'r DU, pa help am ddim y gallwch ei gael, a'r terfynau amser ar gyfer cwynion.",
      sections: [
        {
          heading: "Dechreuwch gyda'ch tîm",
          blocks: [
            {
              paragraph: "Siaradwch â'ch meddyg neu eich nyrs arbenigol yn gyntaf. Dywedwch beth rydych chi ei eisiau ac erbyn pryd.",
            },
            {
              paragraph:
                "Os gofynnoch chi am ail farn a heb glywed dim byd, neu os “na” oedd yr ateb heb reswm, gallwch godi pryder. Ysgrifennwch at y tîm sy'n gallu gweithredu. Gall gwasanaethau cyngor am ddim eich helpu, ond allan nhw ddim gwneud yr atgyfeiriad ar eich rhan.",
            },
          ],
        },
        /* One section a nation, made from the routing table (lib/organisations/routing.ts) and its words (routes.guide). */
        { heading: "Lloegr", routesFor: "england" as const },
        { heading: "Cymru", routesFor: "wales" as const },
        { heading: "Yr Alban", routesFor: "scotland" as const },
        { heading: "Gogledd Iwerddon", routesFor: "northern-ireland" as const },
        {
          heading: "Os yw eich ysbyty mewn rhan arall o'r DU",
          blocks: [
            {
              paragraph:
                "Rheolau'r rhan o'r DU lle mae'r ysbyty sy'n berthnasol, nid y rhan lle rydych chi'n byw. Er enghraifft, os ydych chi'n byw yng Nghymru ac yn cael triniaeth yn Lerpwl, ysgrifennwch at PALS yr ymddiriedolaeth yn Lloegr. Gall Llais eich helpu o hyd, oherwydd mae'n helpu pobl sy'n byw yng Nghymru ble bynnag maen nhw'n cael triniaeth.",
            },
          ],
        },
        {
          heading: "Ble i ddod o hyd i'r cyfeiriad",
          blocks: [
            {
              paragraph:
                "Pan fyddwch chi'n dewis eich ysbyty o'n rhestr ni, rydyn ni'n llenwi cyfeiriad post y sefydliad i chi. Gwiriwch ef ar ei wefan cyn i chi bostio eich llythyr, neu ffoniwch switsfwrdd yr ysbyty a gofyn.",
            },
          ],
        },
        {
          heading: "Sut mae ein llythyr yn helpu",
          blocks: [
            {
              paragraph:
                "Mae ein llythyr pryder yn mynd at y tîm sy'n gallu gweithredu yn eich rhan chi o'r DU. Mae'n dweud beth y gofynnoch chi amdano a phryd, a beth sydd wedi digwydd ers hynny: dim ateb, “na” heb reswm, “na” nad ydych chi'n cytuno ag ef, neu oedi.",
            },
            {
              paragraph:
                "Mae'n gofyn iddyn nhw eich helpu i gael ateb, neu benderfyniad gyda rhesymau, erbyn dyddiad rydych chi'n ei ddewis. Mae'n enwi'r help am ddim y gallwch ei gael. Yn Lloegr, mae'n dweud nad yw hon yn gŵyn ffurfiol eto; mewn mannau eraill, mae'n gofyn am ddatrys y pryder yn gyflym, yn y cam cyntaf.",
            },
            {
              inset: "Daliwch i fynd i'ch apwyntiadau tra bydd hyn yn cael ei ddatrys.",
            },
          ],
        },
      ],
      sourceIds: ["nhsPals", "nhsComplaints", "llais", "walesConcerns2026", "pass", "nipsoProcedure", "pcc", "sppgRole", "consumerCouncilNi", "belfastTrust"],
      lastChecked: "2026-12-07",
    },
  ],
};
