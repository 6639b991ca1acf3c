/**
 * "fertility" set. Messages about fertility and having children with a condition (IVF, PCOS, endometriosis, male
 * infertility, carrier testing before pregnancy, miscarriage, clomiphene, letrozole). Written by someone who had
 * read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.912). Scored by fertility.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --fertility --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FERTILITY_MESSAGES: ConsumerMessage[] = [
  // why: "What is Asherman syndrome?" asks what the condition is
  {
    message:
      'Hi. I had a D&C after a missed miscarriage in March and now my periods are really light. My gynecologist said she wants to rule out Asherman syndrome before we try again. What is Asherman syndrome? I had never heard of it.',
    focus: 'Asherman syndrome',
    types: ['information'],
  },
  // why: "is that from the pills?" asks whether the problem comes from the medicine
  {
    subject: 'Clomid day 3',
    message:
      'Im on day 3 of Clomid and I keep getting hot flashes and my vision goes kind of blurry in the evening. is that from the pills??',
    focus: 'Clomid',
    types: ['side_effects'],
  },
  // why: "why would they give it to someone trying to get pregnant?" asks what the medicine is for and how it works
  {
    message:
      "My fertility doctor wants me to take letrozole for 5 days this cycle but when I googled it, it says it is a breast cancer drug. I don't have cancer. Why would they give it to someone who is trying to get pregnant?",
    focus: 'letrozole',
    types: ['indication'],
  },
  // why: "is there anything that can help us have a biological child?" asks about treatment options
  {
    message:
      'My husband was diagnosed with Klinefelter syndrome last month after his semen analysis came back with no sperm at all. He is 34 and we had no idea. We are devastated. Is there anything that can help us have a biological child?',
    focus: 'Klinefelter syndrome',
    types: ['treatment'],
  },
  // why: "what are the chances our baby will have it?" asks the chance that a child inherits it
  {
    subject: 'carrier result',
    message:
      "I just found out from my pre-pregnancy screening that I am a carrier of cystic fibrosis. My husband hasn't been tested yet, his appointment is in two weeks. What are the chances our baby will have it?",
    focus: 'cystic fibrosis',
    types: ['inheritance'],
  },
  // why: "how common is fragile X syndrome?" asks how common it is
  {
    message:
      "My best friend's little boy was just diagnosed with fragile X syndrome and she says her doctor acted like it was very rare, but then she found a whole online group of moms. How common is fragile X syndrome really?",
    focus: 'fragile X syndrome',
    types: ['frequency'],
  },
  // why: "what are the warning signs ... I should watch for" asks the signs of the condition
  {
    message:
      "Egg retrieval is on Thursday and they got 28 follicles so the nurse said I'm at risk for ovarian hyperstimulation syndrome. What are the warning signs I should watch for at home afterwards?",
    focus: 'ovarian hyperstimulation syndrome',
    types: ['symptoms'],
  },
  // why: "do I take it with breakfast or at bedtime?" asks about the timing of the medicine
  {
    message:
      'dr put me on metformin 500 mg for my pcos to help me ovulate. do i take it with breakfast or at bedtime? the pharmacy label just says once a day',
    focus: 'metformin',
    types: ['drug_usage'],
  },
  // why: "should my fiancé and I get screened" asks whether they should be tested
  {
    message:
      'We are both Ashkenazi Jewish and getting married in the fall. We want kids fairly soon after. Should my fiancé and I get screened for Tay-Sachs disease before we try for a baby, or is that only needed if someone in the family had it?',
    focus: 'Tay-Sachs disease',
    types: ['diagnosis'],
  },
  // why: "is there a clinic ... that specializes in" asks for expert doctors or centers (misspelled name kept as written)
  {
    subject: 'looking for a surgeon',
    message:
      "I have had endometreosis for 10 years, 2 surgeries already, and we have been trying to conceive for 18 months. My OB says she can't do more. Is there a clinic in the Midwest that specializes in endometreosis excision surgery for women who want to get pregnant?",
    focus: 'endometreosis',
    types: ['find_specialist'],
  },
  // why: "are there any clinical trials" asks about research and trials
  {
    message:
      'I was diagnosed with premature ovarian failure at 29. The clinic told me donor eggs are my only option but I am not ready to give up on my own eggs. Are there any clinical trials for women with premature ovarian failure who want to get pregnant? I would travel anywhere.',
    focus: 'premature ovarian failure',
    types: ['research'],
  },
  // why: "do they need to be refrigerated" and "how do I get rid of the used needles" both ask storing and disposing of the medicine
  {
    message:
      'I have two leftover vials of progesterone in oil from my last frozen transfer and we start another one in January. Do they need to be refrigerated until then, and how do I get rid of the used needles?',
    focus: 'progesterone',
    types: ['storage_disposal'],
  },
  // why: "can a varicocele lower sperm count?" asks about a problem the condition can lead to
  {
    message:
      'Urologist found a varicocele on my left side during a checkup. We have been trying for a baby for about a year. Can a varicocele lower sperm count?',
    focus: 'varicocele',
    types: ['complications'],
  },
  // why: "is it safe to stay on it when I get pregnant?" asks about pregnancy precautions for the medicine
  {
    message:
      'I have epilepsy and I have been seizure free for six years on valproic acid. My partner and I want to start trying for a baby next year. Is it safe to stay on it when I get pregnant?',
    focus: 'valproic acid',
    types: ['contraindications'],
  },
  // why: "could this be Turner syndrome?" asks whether her signs could be the condition
  {
    message:
      "My daughter is 14 and still hasn't started her period. She has always been the shortest in her class by far, and the pediatrician just keeps saying she is a late bloomer. I read about Turner syndrome online. Could this be Turner syndrome?",
    focus: 'Turner syndrome',
    types: ['diagnosis'],
  },
  // why: "what causes PCOS" asks the cause; "what are the options to help me ovulate" asks treatment
  {
    subject: 'PCOS and getting pregnant',
    message:
      'I was diagnosed with PCOS at 19 and now I am 27 and we have been trying for a year with nothing. My periods come every 2-3 months. What causes PCOS in the first place? And what are the options to help me ovulate?',
    focus: 'PCOS',
    types: ['cause', 'treatment'],
  },
  // why: "should I double up" asks about a missed dose; "can I still have a glass of wine" asks about alcohol with the medicine
  {
    message:
      'Starting clomiphene 50mg on days 5-9 this month. If I forget a dose should I double up the next day? Also can I still have a glass of wine on the weekend while I am taking it?',
    focus: 'clomiphene',
    types: ['drug_usage', 'interactions'],
  },
  // why: "does letrozole make your hair thin" asks a side effect; "is it bad if im already pregnant when i take it" asks pregnancy precautions
  {
    message:
      'ok quick ones. does letrozole make your hair thin?? mine is coming out in the shower. and is it bad if im already pregnant when i take it, like if i didnt know yet?',
    focus: 'letrozole',
    types: ['side_effects', 'contraindications'],
  },
  // why: "will it keep getting worse" asks the outlook; "if it came from me" asks whether it runs in families
  {
    subject: 'my daughter',
    message:
      "My daughter is 24 and was just told she has stage 4 endometriosis. She wants children one day and she is scared. Will it keep getting worse over the years? I also can't help wondering if it came from me, my mother and I both had terrible periods.",
    focus: 'endometriosis',
    types: ['prognosis', 'inheritance'],
  },
  // why: "what usually causes it?" asks the cause; "does he need to stop cycling and hot tubs?" asks about daily life
  {
    message:
      'Writing for my husband who would never ask himself. His semen analysis showed a low count and poor motility, and the urologist called it male infertility and did not explain much. What usually causes it? Does he need to give up his cycling and the hot tub?',
    focus: 'male infertility',
    types: ['cause', 'lifestyle'],
  },
  // why: "what gene is behind it" asks the gene; "would our son have the same problem" asks the chance a child inherits it
  {
    message:
      'My partner was told he has congenital bilateral absence of the vas deferens, which is why we could not get pregnant. We are going ahead with sperm retrieval and ICSI. What gene is behind it? If we have a boy, would our son have the same problem?',
    focus: 'congenital bilateral absence of the vas deferens',
    types: ['genetic_changes', 'inheritance'],
  },
  // why: "what's the best spot to inject and when" asks how to take it; "is that normal from the shots" asks whether a problem comes from the medicine
  {
    subject: 'Lovenox bruises',
    message:
      "I was prescribed Lovenox shots for this pregnancy because of a clotting problem. What's the best spot to inject it and what time of day? And the bruises on my belly are huge and purple, is that normal from the shots?",
    focus: 'Lovenox',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "at the same time as my prenatal vitamin with iron" asks about taking it with another product; "do I need a higher dose" asks about the dose
  {
    message:
      'Just got a positive test after 2 years of trying!! I take levothyroxine for my thyroid. Can I take it at the same time as my prenatal vitamin that has iron in it? And do I need a higher dose now that I am pregnant?',
    focus: 'levothyroxine',
    types: ['interactions', 'drug_usage'],
  },
  // why: "should it be removed before we do IVF" asks treatment; "can fibroids cause a miscarriage" asks a problem it can lead to
  {
    subject: 'fibroids before IVF',
    message:
      'I was told I have uterine fibroids, the largest is 6 cm and sits on the outside wall. We start IVF in the spring. Should it be removed before we do IVF? Can fibroids cause a miscarriage?',
    focus: 'uterine fibroids',
    types: ['treatment', 'complications'],
  },
  // why: "is that true" about a link between celiac disease and infertility asks a link; "what test would show if I have it" asks diagnosis
  {
    message:
      'We have "unexplained infertility" after every test under the sun. I read there is a link between celiac disease and unexplained infertility, is that true? I get a lot of bloating. What test would show if I have it?',
    focus: 'celiac disease',
    types: ['association', 'diagnosis'],
  },
  // why: "how long after my last pill do I have to wait" asks a pregnancy precaution; "can it cause dry eyes that don't go away" asks a side effect
  {
    message:
      "I finished a course of isotretinoin for acne a few weeks ago. How long after my last pill do I have to wait before we start trying? Also my eyes are still very dry, can it cause dry eyes that don't go away?",
    focus: 'isotretinoin',
    types: ['contraindications', 'side_effects'],
  },
  // why: "how does it help with getting pregnant" asks how the medicine works; "can it make me dizzy" asks a side effect
  {
    message:
      'My prolactin level was high so my doctor started me on cabergoline twice a week. How does it help with getting pregnant? And can it make me dizzy? I almost fainted getting out of bed yesterday.',
    focus: 'cabergoline',
    types: ['indication', 'side_effects'],
  },
  // why: "what is it exactly" asks what the condition is; "are there hormone shots that could make me fertile" asks treatment
  {
    message:
      "I am a 22 year old guy and I never went through puberty properly, and I can't smell anything. The endocrinologist says I have Kallmann syndrome. What is it exactly? Are there hormone shots that could make me fertile one day? My girlfriend and I want a family eventually.",
    focus: 'Kallmann syndrome',
    types: ['information', 'treatment'],
  },
  // why: "why does this keep happening" asks the cause; "anything I can do to prevent another one" asks prevention
  {
    message:
      "I had my second miscarriage last week, both at about 8 weeks. Everyone says it is common but it doesn't feel common. Why does this keep happening? Is there anything I can do to prevent another one?",
    focus: 'miscarriage',
    types: ['cause', 'prevention'],
  },
  // why: "what does it do exactly" asks how the product works; "does the supplement have any hormones or animal products in it" asks what it contains
  {
    message:
      'A friend from my IVF support group swears by DHEA for poor egg quality. What does it do exactly? And does the supplement have any animal products in it? I am vegan.',
    focus: 'DHEA',
    types: ['indication', 'ingredients'],
  },
  // why: "is there a link between Factor V Leiden and miscarriage" asks a link; "should I be tested" asks diagnosis; "would blood thinners help me keep a pregnancy" asks treatment
  {
    message:
      'I have lost three pregnancies before 10 weeks. My sister was just diagnosed with Factor V Leiden after a blood clot. Is there a link between Factor V Leiden and miscarriage? Should I be tested for it too? If I do have it, would blood thinners help me keep a pregnancy?',
    focus: 'Factor V Leiden',
    types: ['association', 'diagnosis', 'treatment'],
  },
  // why: "is there a connection between fragile X and early menopause" asks a link; "could I pass it on" asks inheritance; "is there a blood test" asks diagnosis
  {
    message:
      'I am 31 and my fertility clinic says my egg reserve is like a woman in her 40s. My nephew has fragile X syndrome. Is there a connection between fragile X and early menopause? If I turn out to be a carrier could I pass it on to my children? Is there a blood test for it?',
    focus: 'fragile X syndrome',
    types: ['association', 'inheritance', 'diagnosis'],
  },
  // why: "what is the chance the next baby has it" asks inheritance; "can they test the embryos" asks testing; "where can we find a genetic counselor" asks for specialists
  {
    subject: 'SMA and trying again',
    message:
      'Our first son passed away from spinal muscular atrophy at 8 months old. It has been two years and we want to try again but we are terrified. What is the chance the next baby has it too? Can they test the embryos with IVF before transfer? Where can we find a genetic counselor who knows about SMA?',
    focus: 'spinal muscular atrophy',
    types: ['inheritance', 'diagnosis', 'find_specialist'],
  },
  // why: "what are the chances our child will have sickle cell disease" asks inheritance; "how common is the trait" asks frequency; "will insurance pay" is a cost question
  {
    subject: 'both of us have the trait',
    message:
      "My husband and I both have sickle cell trait, we only found out at my first prenatal visit for a pregnancy that ended early. We don't want our child to suffer with sickle cell disease like my cousin does. What are the chances our child will have sickle cell disease? How common is the trait in Nigerians? And will insurance pay for IVF with embryo testing for this?",
    focus: 'sickle cell disease',
    types: ['inheritance', 'frequency', 'other'],
  },
  // why: "can lupus make it harder to get pregnant" asks a problem it leads to; "will being pregnant make it flare" asks what brings on flares; "how do we keep it from flaring" asks preventing flares
  {
    subject: 'lupus and pregnancy',
    message:
      'I have had lupus since I was 20 and it has been quiet for about a year. My husband and I would love a baby. Can lupus make it harder to get pregnant? Will being pregnant make it flare? How do we keep it from flaring while I am pregnant?',
    focus: 'lupus',
    types: ['complications', 'cause', 'prevention'],
  },
  // why: "can it get worse from one generation to the next" and "would our baby have it" ask inheritance; "which gene is it" asks the gene; "what are the signs in a newborn" asks symptoms
  {
    subject: 'DM1 and a baby?',
    message:
      'My husband has myotonic dystrophy, fairly mild, mostly his hands. We are thinking about having a baby. Someone told me it can get worse from one generation to the next, would our baby have it worse than him? Which gene is it? What are the signs in a newborn that we would need to look for?',
    focus: 'myotonic dystrophy',
    types: ['inheritance', 'genetic_changes', 'symptoms'],
  },
  // why: "what is adenomyosis and how is it different from endometriosis" asks what it is; "can it cause miscarriage" asks a complication; "is there a treatment that keeps my fertility" asks treatment
  {
    message:
      "After my MRI the radiologist wrote adenomyosis. What is adenomyosis and how is it different from endometriosis? Can it cause miscarriage? Is there a treatment that doesn't take away my chance of having a baby?",
    focus: 'adenomyosis',
    types: ['information', 'complications', 'treatment'],
  },
  // why: "does it put her at risk for diabetes" asks a problem it leads to; "what causes it" asks the cause; "should she be on a special diet" asks diet
  {
    subject: 'granddaughter',
    message:
      'Hello, I am writing about my granddaughter who is 16. She was told she has polycystic ovary syndrome and her mother is too busy to look into it. What causes it? Does it put her at risk for diabetes later on? Should she be on a special diet? Thank you kindly.',
    focus: 'polycystic ovary syndrome',
    types: ['cause', 'complications', 'lifestyle'],
  },
  // why: "could the testosterone be doing this" asks whether the problem comes from the medicine; "can he just stop or does he need to taper" asks about stopping; "can he take it together with clomiphene" asks about another medicine
  {
    message:
      'My husband has been on testosterone gel for low T for two years. We are trying to conceive and his semen test came back with zero sperm. Could the testosterone be doing this? Can he just stop it or does he need to taper off? His urologist mentioned clomiphene, can he take it together with the testosterone for a while?',
    focus: 'testosterone',
    types: ['side_effects', 'drug_usage', 'interactions'],
  },
  // why: "what are the odds for each child" asks inheritance; "are there any trials" asks research; "where can we get genetic counseling" asks for specialists
  {
    subject: 'HD and starting a family',
    message:
      "My father has Huntington disease and last year I tested positive too. I am 28, no symptoms yet. My wife and I want children but I don't want to pass this on. What are the odds for each child? Are there any trials of new treatments I could join? Where can we get genetic counseling about our options?",
    focus: 'Huntington disease',
    types: ['inheritance', 'research', 'find_specialist'],
  },
];
