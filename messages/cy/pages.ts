import type { pages as en } from "../en-GB/pages";

/** The privacy and accessibility pages, in Welsh: a title, a lead paragraph, then sections. */
export const pages: typeof en = {
  privacy: {
    title: "Preifatrwydd",
    sections: [
      {
        heading: "Beth rydym yn ei gadw",
        blocks: [
          {
            paragraph:
              "Pan fyddwch chi'n ateb y cwestiynau, mae eich atebion yn cael eu cadw yn storfa eich porwr gwe ar y ddyfais hon. Mae hyn yn golygu y gallwch gau'r dudalen a dod yn ôl yn nes ymlaen.",
          },
          {
            paragraph:
              "Cyn y cwestiwn cyntaf, rydym yn gofyn ai eich dyfais chi yw hon. Os yw pobl eraill yn ei defnyddio, rydym yn cadw eich atebion ar y dudalen sydd gennych ar agor yn unig, yn ei chof, a byth yn storfa'r porwr: maen nhw wedi mynd pan fyddwch chi'n cau'r dudalen neu'n ei hail-lwytho.",
          },
          { paragraph: "Nid yw eich atebion yn cael eu hanfon atom ni nac at neb arall. Nid oes gennym weinydd a allai eu cael." },
          { paragraph: "Mae eich llythyr yn cael ei wneud ar y ddyfais hon, yn eich porwr." },
        ],
      },
      {
        heading: "Beth nad ydym yn ei wneud",
        blocks: [
          {
            list: [
              "Nid ydym yn defnyddio cwcis.",
              "Nid ydym yn defnyddio dadansoddeg nac yn eich tracio.",
              "Nid ydym yn dangos hysbysebion.",
              "Nid ydym yn llwytho ffontiau, sgriptiau na lluniau o wefannau eraill.",
            ],
          },
          {
            paragraph:
              "Efallai y bydd y cwmni sy'n cynnal y wefan hon yn cadw cofnodion arferol o ba dudalennau a lwythwyd a phryd, fel unrhyw wefan. Nid yw eich atebion byth yn rhan o'r cofnodion hyn.",
          },
        ],
      },
      {
        heading: "Sut i ddileu eich atebion",
        blocks: [
          { paragraph: "Gallwch ddileu eich atebion unrhyw bryd o'r tudalennau cwestiynau." },
          {
            paragraph:
              "Gallwch hefyd glirio data'r wefan hon yng ngosodiadau eich porwr. Mae hyn yn dileu popeth y mae {service} wedi'i gadw ar y ddyfais hon.",
          },
          {
            paragraph:
              "Nid yw dileu eich atebion yn dileu'r hyn y mae eich porwr yn ei gadw ei hun: y ffeiliau y gwnaethoch eu lawrlwytho, ei hanes, ac unrhyw fanylion (fel eich enw neu eich cyfeiriad) y mae wedi'u cadw i lenwi ffurflenni ar eich rhan. Gallwch ddileu'r rhain yng ngosodiadau eich porwr.",
          },
        ],
      },
      {
        heading: "Ffeiliau rydych chi'n eu lawrlwytho",
        blocks: [
          {
            paragraph:
              "Mae llythyrau ac atebion wedi'u cadw rydych chi'n eu lawrlwytho yn ffeiliau ar eich dyfais. Mae gwybodaeth am eich iechyd ynddyn nhw. Cadwch nhw'n ddiogel, a dilëwch nhw pan nad oes eu hangen arnoch mwyach.",
          },
        ],
      },
      {
        heading: "Os ydych chi'n defnyddio cyfrifiadur y mae pobl eraill yn ei ddefnyddio",
        blocks: [
          { paragraph: "Gallai unrhyw un sy'n defnyddio'r porwr hwn ar eich ôl weld eich atebion. Ar gyfrifiadur a rennir neu gyfrifiadur cyhoeddus:" },
          {
            list: [
              "pan fyddwn yn gofyn ai eich dyfais chi yw hon, dywedwch na: yna byddwn yn cadw eich atebion dim ond nes i chi gau'r dudalen neu ei hail-lwytho",
              "dilëwch eich atebion pan fyddwch chi wedi gorffen",
              "dilëwch unrhyw lythyrau y gwnaethoch eu lawrlwytho, a gwagiwch y bin ailgylchu",
              "neu defnyddiwch ffenestr pori preifat: mae eich atebion yn cael eu dileu pan fyddwch chi'n ei chau",
            ],
          },
          { paragraph: "Hyd yn oed wedyn, gall y porwr ei hun gadw o hyd:" },
          {
            list: [
              "llythyrau a ffeiliau atebion rydych chi'n eu lawrlwytho, yn y ffolder lawrlwythiadau",
              "rhestr o'r tudalennau y gwnaethoch ymweld â nhw, yn ei hanes (nid oes dim o'ch atebion yn y cyfeiriadau)",
              "eich enw, eich cyfeiriad neu fanylion eraill, os yw'n cynnig eu cadw a'ch bod chi'n cytuno",
              "cyfeiriadau'r tudalennau oedd gennych ar agor, os yw'n eu hagor eto pan fydd yn dechrau: maen nhw'n agor heb atebion ynddyn nhw",
            ],
          },
        ],
      },
      {
        heading: "Pan fyddwch chi'n anfon eich llythyr",
        blocks: [
          {
            paragraph:
              "Rydych chi'n anfon y llythyr eich hun, er enghraifft drwy'r post, drwy e-bost neu drwy ffurflen ar-lein eich meddyg teulu. Mae'r bobl rydych chi'n ei anfon atyn nhw yn gofalu amdano o dan eu rheolau preifatrwydd eu hunain. Nid ydym ni'n rhan o hynny.",
          },
          {
            paragraph:
              "Os byddwch chi'n dewis ei anfon drwy e-bost atoch chi'ch hun, mae eich llythyr cyfan yn mynd i'ch ap e-bost, gyda manylion eich iechyd ynddo. Mae eich darparwr e-bost yn cadw copi, ac felly hefyd unrhyw un rydych chi'n ei anfon ato.",
          },
        ],
      },
      {
        heading: "Ein rhestr o sefydliadau'r GIG",
        blocks: [
          {
            paragraph:
              "Pan fyddwch chi'n teipio enw ysbyty, rydym yn chwilio amdano mewn rhestr sydd wedi'i chadw ar eich dyfais. Nid oes dim byd rydych chi'n ei deipio yn cael ei anfon i unrhyw le i wneud hyn. Mae'r rhestr yn gweithio heb signal unwaith y bydd y wefan wedi agor.",
          },
          {
            paragraph:
              "Daw'r rhestr o'r rhestrau y mae'r GIG ei hun yn eu cyhoeddi o ymddiriedolaethau ac o ysbytai yn yr Alban, ac o wefannau'r sefydliadau eu hunain. Y cyfeiriad ynddi yw cyfeiriad post y sefydliad, nid cyfeiriad adran. Gwiriwch ef ar eu gwefan cyn i chi bostio eich llythyr.",
          },
          { paragraph: "Yn cynnwys gwybodaeth sector cyhoeddus a drwyddedir o dan y Drwydded Llywodraeth Agored v3.0." },
        ],
      },
    ],
  },
  accessibility: {
    title: "Datganiad hygyrchedd",
    lead: "Mae'r datganiad hwn yn ymwneud â gwefan {service}. Rydym eisiau i gynifer o bobl â phosibl allu ei defnyddio.",
    sections: [
      {
        heading: "Defnyddio'r wefan hon",
        blocks: [
          { paragraph: "Rydym wedi adeiladu'r wefan hon fel y gallwch chi:" },
          {
            list: [
              "newid lliwiau, lefelau cyferbyniad a ffontiau yn eich porwr",
              "chwyddo hyd at 400% heb i'r testun fynd oddi ar y sgrin",
              "ei defnyddio ar sgrin ffôn fach heb sgrolio i'r ochr",
              "symud o gwmpas y wefan gan ddefnyddio bysellfwrdd yn unig",
              "ei defnyddio gyda darllenydd sgrin neu feddalwedd adnabod llais",
            ],
          },
          { paragraph: "Rydym wedi ysgrifennu'r testun mor syml ag y gallwn." },
        ],
      },
      {
        heading: "Pa mor hygyrch yw'r wefan hon",
        blocks: [
          { paragraph: "Ein nod yw bodloni Canllawiau Hygyrchedd Cynnwys y We (WCAG) fersiwn 2.2 ar lefel AA." },
          {
            paragraph:
              "Rydym yn gwirio pob tudalen gyda phrofion awtomatig, ac â llaw gyda bysellfwrdd. Ni all profion awtomatig ddod o hyd i bob problem. Nid yw arbenigwr annibynnol wedi gwirio'r wefan eto.",
          },
          {
            paragraph:
              "Rydym yn dal i wirio pa mor dda mae'r llythyrau PDF yn gweithio gyda darllenwyr sgrin. Os nad yw PDF yn gweithio i chi, defnyddiwch fersiwn Word neu fersiwn testun plaen eich llythyr.",
          },
        ],
      },
      {
        heading: "Rhoi gwybod am broblem",
        blocks: [
          { paragraph: "Os byddwch chi'n dod o hyd i broblem, rhowch wybod i ni. Codwch fater gyda'r tîm sy'n rhedeg y gwasanaeth hwn. Dywedwch wrthym:" },
          {
            list: [
              "cyfeiriad gwe neu deitl y dudalen",
              "beth roeddech chi'n ceisio ei wneud",
              "y ddyfais, y porwr ac unrhyw dechnoleg gynorthwyol rydych chi'n ei defnyddio",
            ],
          },
          {
            paragraph: [
              { strong: "Peidiwch â chynnwys eich enw, manylion eich iechyd nac unrhyw beth o'ch llythyr." },
              " Nid oes eu hangen arnom i ddatrys y broblem.",
            ],
          },
        ],
      },
      {
        heading: "Cymraeg",
        blocks: [
          {
            paragraph:
              "Gallwch ddefnyddio'r gwasanaeth hwn yn Gymraeg: dewiswch Cymraeg ar frig unrhyw dudalen Saesneg. Os ydych chi'n cael eich gofal GIG yng Nghymru, gallwch hefyd gael eich llythyr yn Gymraeg.",
          },
          {
            paragraph:
              "Nid yw rhywun sy'n siarad Cymraeg fel iaith gyntaf wedi gwirio'r geiriau Cymraeg eto. Os oes gair Cymraeg yn anghywir neu'n anodd ei ddeall, rhowch wybod i ni, yn yr un ffordd ag unrhyw broblem arall.",
          },
        ],
      },
      {
        heading: "Am y datganiad hwn",
        blocks: [
          { paragraph: "Mae {service} yn annibynnol ar y GIG. Nid yw'n wefan sector cyhoeddus." },
          { paragraph: "Ysgrifennwyd y datganiad hwn ar 25 Tachwedd 2026. Byddwn yn ei adolygu pan fydd y wefan yn newid." },
        ],
      },
    ],
  },
};
