/**
 * "periods" set. Messages about periods: heavy, painful, missing or irregular periods as part of a condition
 * or from a medicine, bleeding disorders, with other questions about the condition and its medicines. Written
 * by someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, before any change made for it (focus 0.950, type F1 0.826). Scored by periods.test.ts
 * and by `npx tsx test/understand/support/score-messages.ts --periods --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const PERIODS_MESSAGES: ConsumerMessage[] = [
  // why: asks whether the medicine raises clot risk, a possible harm of the medicine -> side_effects
  {
    message:
      'My GP wants to put me on tranexamic acid for my heavy periods. Does it increase the risk of blood clots?',
    focus: 'tranexamic acid',
    types: ['side_effects'],
  },
  // why: whether two conditions are the same / how they differ -> information
  {
    message: 'Is adenomyosis just another name for endometriosis, or are they different things?',
    focus: 'adenomyosis',
    types: ['information'],
  },
  // why: condition named only in the subject; asks whether it can be fixed -> treatment
  {
    subject: 'Asherman syndrome',
    message: 'Since my D&C last year my periods are barely there, just a bit of spotting. Can this be fixed?',
    focus: 'Asherman syndrome',
    types: ['treatment'],
  },
  // why: how common the condition is -> frequency
  {
    message: 'how common is von willebrand disease in women? never heard of it till my sister got diagnosed',
    focus: 'von Willebrand disease',
    types: ['frequency'],
  },
  // why: whether the daughter's signs could be the condition -> diagnosis
  {
    message:
      "My daughter is 16 and still hasn't had a period, and she's much shorter than all her friends. Could it be Turner syndrome?",
    focus: 'Turner syndrome',
    types: ['diagnosis'],
  },
  // why: dose per day and when to start taking it -> drug_usage (both questions are the same type)
  {
    message:
      'How many ibuprofen can I take in a day for period cramps, and should I start them before the pain begins?',
    focus: 'ibuprofen',
    types: ['drug_usage'],
  },
  // why: whether the medicine is safe while breastfeeding -> contraindications
  {
    message: "Is it ok to take mefenamic acid for my period pain while I'm breastfeeding my 4 month old?",
    focus: 'mefenamic acid',
    types: ['contraindications'],
  },
  // why: what the medicine is used for (heavy periods vs contraception) -> indication
  {
    message:
      'Does the Mirena coil (levonorgestrel) actually work for heavy periods, or is it only a contraceptive?',
    focus: 'levonorgestrel',
    types: ['indication'],
  },
  // why: which gene is involved -> genetic_changes; the story is not a question
  {
    message:
      'Our daughter was diagnosed with Glanzmann thrombasthenia after her first period would not stop. Which gene is it in?',
    focus: 'Glanzmann thrombasthenia',
    types: ['genetic_changes'],
  },
  // why: the medicine with alcohol -> interactions
  {
    message: 'Im taking norethindrone to put off my period for my wedding can i still drink at the reception',
    focus: 'norethindrone',
    types: ['interactions'],
  },
  // why: another problem the condition can lead to (infertility) -> complications
  {
    message: 'Can endometriosis make it harder to get pregnant?',
    focus: 'endometriosis',
    types: ['complications'],
  },
  // why: whether missing periods are a sign of the condition -> symptoms
  {
    message:
      'can anorexia actually make ur periods stop?? my friend hasnt had one in like 5 months and shes really thin',
    focus: 'anorexia nervosa',
    types: ['symptoms'],
  },
  // why: whether the medicine has to be kept in the fridge -> storage_disposal
  {
    message:
      'Do I need to keep my metformin in the fridge? I was prescribed it for PCOS and irregular periods.',
    focus: 'metformin',
    types: ['storage_disposal'],
  },
  // why: what the tablets contain (gelatin, animal products) -> ingredients
  {
    message:
      "I'm vegetarian and have been told to take ferrous sulfate because of my heavy periods. Do the tablets contain gelatin or anything from animals?",
    focus: 'ferrous sulfate',
    types: ['ingredients'],
  },
  // why: asks for a support group -> find_specialist
  {
    message:
      'My sister has MRKH syndrome, she was born without uterus and never have period. Where she can find other womans with this, some group for support?',
    focus: 'Mayer-Rokitansky-Kuster-Hauser syndrome',
    types: ['find_specialist'],
  },
  // why: whether a relative (the father) should be tested -> diagnosis; making periods lighter -> treatment
  {
    message:
      "Our 14-year-old daughter was diagnosed with von Willebrand disease after her first period lasted almost two weeks and she ended up in the ER. Her dad gets a lot of nosebleeds and bleeds for ages after the dentist. Should he get tested as well? And what can be done so her periods aren't so heavy?",
    focus: 'von Willebrand disease',
    types: ['diagnosis', 'treatment'],
  },
  // why: whether the spotting comes from the shot -> side_effects
  {
    message:
      "I've been getting the Depo-Provera shot (medroxyprogesterone) for about 8 months and I've had spotting almost every day since the second injection. Is the shot causing this? It's driving me crazy.",
    focus: 'medroxyprogesterone',
    types: ['side_effects'],
  },
  // why: whether it runs in families -> inheritance; options besides surgery -> treatment
  {
    message:
      "I was told I have uterine fibroids after years of flooding periods and being anemic. My mother and both of her sisters had hysterectomies for fibroids. Do fibroids run in families? Also, are there options other than surgery? I'd really like to avoid a hysterectomy if I can.",
    focus: 'uterine fibroids',
    types: ['inheritance', 'treatment'],
  },
  // why: whether scanty/absent periods belong to the condition -> symptoms
  {
    message:
      'My granddaughter has Prader-Willi syndrome. She is 17 and has only ever had a couple of very light periods. Her mother thinks something is wrong. Is this usual for girls with Prader-Willi?',
    focus: 'Prader-Willi syndrome',
    types: ['symptoms'],
  },
  // why: whether periods bring on the attacks -> cause; stopping the monthly attacks -> prevention
  {
    message:
      'My wife has hereditary angioedema. Her swelling attacks almost always hit in the days before her period, sometimes in her stomach, and she ends up in bed for days. Do periods actually set off the attacks? Is there anything she could take to stop them happening every month?',
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention'],
  },
  // why: what to take for the pain -> treatment
  {
    message:
      'hi im 15 and my period pain is so bad i throw up and have to miss school like 2 days every month. the school nurse said its called dysmenorrhea. what can i take that acctually works?? paracetemol does nothing',
    focus: 'dysmenorrhea',
    types: ['treatment'],
  },
  // why: whether the condition leads to osteoporosis and heart disease -> complications
  {
    message:
      'I am 34 and was diagnosed with primary ovarian insufficiency last year after my periods stopped. I read online that it can lead to osteoporosis and heart disease. Is that true?',
    focus: 'primary ovarian insufficiency',
    types: ['complications'],
  },
  // why: whether the tumor will grow over time, its course -> prognosis
  {
    message:
      'Hello, I am from Brazil and live here two years. The doctor say I have prolactinoma because my period stop and milk come from the breast. I am very afraid. This tumor will grow bigger with the time?',
    focus: 'prolactinoma',
    types: ['prognosis'],
  },
  // why: whether heavy periods belong to the condition -> symptoms
  {
    message:
      "My best friend was just diagnosed with HHT. She's had nosebleeds her whole life and her periods are really heavy, she's constantly anemic. Is the heavy bleeding part of the HHT or is that a separate thing?",
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['symptoms'],
  },
  // why: whether the heavy bleeding comes from the medicine -> side_effects
  {
    subject: 'Warfarin and heavy periods',
    message:
      "I started warfarin in March after a clot in my leg, and since then my periods have been really heavy. I'm soaking through a pad every hour on the first two days. Is this because of the warfarin?",
    focus: 'warfarin',
    types: ['side_effects'],
  },
  // why: whether the poorly controlled condition leads to fertility problems -> complications
  {
    message:
      "My daughter (19) has congenital adrenal hyperplasia, the salt-wasting type. Her periods have always been irregular and her endocrinologist says it's because her levels aren't well controlled. Will this cause problems getting pregnant later on?",
    focus: 'congenital adrenal hyperplasia',
    types: ['complications'],
  },
  // why: condition named only in the subject; whether a relative should be tested -> diagnosis
  {
    subject: 'Kallmann syndrome',
    message:
      "Our son was diagnosed at 17 after he didn't go through puberty. The doctor said it's genetic. Our daughter is 14 and hasn't had a period yet. Should we have her tested too?",
    focus: 'Kallmann syndrome',
    types: ['diagnosis'],
  },
  // why: whether missed periods come from the medicine -> side_effects; whether to stop it -> drug_usage
  {
    message:
      'My 17 yo daughter takes risperidone for irritability with her autism. Her periods stopped 4 months ago and a pregnancy test was negative. Could the risperidone be doing this? Should she stop taking it until we can see her psychiatrist?',
    focus: 'risperidone',
    types: ['side_effects', 'drug_usage'],
  },
  // why: best way to treat it (tablets or infusion) -> treatment
  {
    message:
      "I'm 41 and have had heavy periods for years. Lately I've been exhausted and out of breath just going up the stairs, and my bloodwork showed iron deficiency anemia. What's the best way to treat it - tablets, or should I ask for an iron infusion?",
    focus: 'iron deficiency anemia',
    types: ['treatment'],
  },
  // why: what the condition is -> information
  {
    message:
      'My 22-year-old daughter went to the doctor because she had never had a period, and after some tests they told her she has androgen insensitivity syndrome. We had never heard of it and the doctor did not explain much. What exactly is it?',
    focus: 'androgen insensitivity syndrome',
    types: ['information'],
  },
  // why: whether carriers have bleeding problems -> symptoms; chance her son has it -> inheritance; a center that sees women -> find_specialist
  {
    message:
      "I'm a carrier of hemophilia A - my dad had it and my brother has it. I've always had really heavy periods, 8 or 9 days, and I bruise if someone looks at me. Every doctor I've seen has told me carriers don't have symptoms, but then I read online that this isn't true. So which is it, can carriers actually have bleeding problems? My husband and I are also starting to think about a family, and I'm worried about a boy. What are the chances that a son of mine would have hemophilia? And lastly, is there a hemophilia treatment center that sees women, or are they only for men? I feel like I fall through the cracks everywhere.",
    focus: 'hemophilia A',
    types: ['symptoms', 'inheritance', 'find_specialist'],
  },
  // why: bone loss from the medicine -> side_effects; how long one may stay on it -> drug_usage; the endometriosis story asks nothing
  {
    message:
      "I'm 28 and was finally diagnosed with endometriosis by laparoscopy two years ago, after about ten years of being told it was just bad periods. They removed what they could but the pain came back within a year, and now I'm off work at least three days every cycle. My gynecologist wants me to start leuprolide injections with add-back therapy. I've read scary things online about bone loss and hot flashes, and a woman in my support group said her bones never recovered. Is the bone loss from leuprolide permanent? And how long are you allowed to stay on it? My doctor said six months but I've seen people say they've been on it for years.",
    focus: 'leuprolide',
    types: ['side_effects', 'drug_usage'],
  },
  // why: condition named only in the subject; runs in family -> inheritance; diet -> lifestyle; diabetes risk -> complications
  {
    subject: 'PCOS questions',
    message:
      "Hi, I was diagnosed last month after two years of very irregular periods (sometimes only 4 a year). The doctor was rushed so I wrote my questions down:\n1) Is it genetic? My mum and my older sister have both had irregular periods all their lives.\n2) Is there a special diet I should follow? I've seen people say no carbs, no dairy etc.\n3) Does it make me more likely to get diabetes later on? My dad has type 2.\nThank you so much.",
    focus: 'polycystic ovary syndrome',
    types: ['inheritance', 'lifestyle', 'complications'],
  },
  // why: whether the hormones must be taken forever -> treatment; whether her periods will come back -> prognosis
  {
    message:
      'Three years ago I lost a huge amount of blood when my son was born and needed several transfusions. Afterwards I could not breastfeed at all, my periods never came back, and I was tired all the time, cold, losing hair. Doctors kept saying it was just being a new mom. Last month an endocrinologist finally tested my hormones and told me I have Sheehan syndrome. I am now on hydrocortisone and thyroid pills, and she wants to add estrogen. Will I have to take all these hormones for the rest of my life? Will my periods ever come back on their own?',
    focus: 'Sheehan syndrome',
    types: ['treatment', 'prognosis'],
  },
  // why: why the lung collapses with periods -> cause; whether it can damage her lungs long term -> complications
  {
    message:
      "My girlfriend is 32 and she has had three collapsed lungs in the last two years, every single one within a day or two of her period starting. The first two times the ER just put a chest drain in and sent her home. The last time a thoracic surgeon finally said it is probably catamenial pneumothorax and did surgery to glue the lung, and he mentioned endometriosis. She's trying to be positive but I'm scared every time her period is due. What actually causes the lung to collapse around her period? And could all this damage her lungs in the long term?",
    focus: 'catamenial pneumothorax',
    types: ['cause', 'complications'],
  },
  // why: whether the sister should be tested -> diagnosis; new treatments being studied -> research
  {
    message:
      "For years I had attacks of terrible stomach pain with vomiting, a racing heart and reddish urine, mostly in the week before my period. I was told it was IBS, anxiety, even that I was after pain medicine. After many ER visits I was diagnosed with acute intermittent porphyria at 26. My hematologist has talked about a shot to stop my periods because the attacks seem to follow my cycle. My younger sister also gets bad stomach pains before her period. Should she be tested? And are there any new treatments being studied? I'd like to get off the hospital merry-go-round.",
    focus: 'acute intermittent porphyria',
    types: ['diagnosis', 'research'],
  },
  // why: whether the period changes come from the medicine -> side_effects; grapefruit with it -> interactions
  {
    message:
      'so i finished chemo for breast cancer last year and now im on tamoxifen. my periods have gone completely haywire, sometimes two in a month, sometimes nothing for 3 months, and the last one went on for 2 weeks. my oncologist is impossible to get hold of and my gp just says ask oncology lol. is this normal with tamoxifen or should i be worried?? also my sister in law told me i have to stop eating grapefruit because of the tamoxifen, is that true? i have it every morning',
    focus: 'tamoxifen',
    types: ['side_effects', 'interactions'],
  },
  // why: whether periods will always be this bad (course) -> prognosis; a specialist who knows bleeding disorders -> find_specialist
  {
    message:
      "Our daughter has factor VII deficiency. She was diagnosed as a baby when her heel prick wouldn't stop bleeding, and apart from nosebleeds she's done fine until now. She's 13 and her first period came in September, it lasted 12 days and she needed a blood transfusion. She's terrified of the next one and so are we. Her hematologist has mentioned tranexamic acid and maybe the pill. What is the outlook for her periods, will they always be this bad? And is there a gynecologist for teenagers anywhere who knows about bleeding disorders? We are in the Midwest and willing to travel.",
    focus: 'factor VII deficiency',
    types: ['prognosis', 'find_specialist'],
  },
  // why: chance the next baby has it -> inheritance; whether it can be tested in pregnancy / newborn screening -> diagnosis
  {
    message:
      'Our older daughter has classic galactosemia. She has been on the diet since she was 10 days old, but now at 15 her periods are very irregular and the doctor says her ovaries are not working well, so she may need hormones. That was a blow because we did everything right. We are also expecting a baby in the spring. What are the chances the new baby will have galactosemia too? Is newborn screening enough to catch it in time, or should we ask for a test during the pregnancy? With our daughter she was very sick before the results came back.',
    focus: 'galactosemia',
    types: ['inheritance', 'diagnosis'],
  },
  // why: link between two conditions -> association; a gynecologist who knows it -> find_specialist
  {
    message:
      "I'm 24 and have hypermobile Ehlers-Danlos syndrome. My periods have always been heavy and painful, and every month my dizziness and joint pain get much worse. Last year I was also diagnosed with endometriosis, and in my EDS Facebook group it seems like half the women have both. Is there a link between EDS and endometriosis? Also, every gynecologist I've seen has never heard of EDS, and one told me to just lose weight. How can I find a gynecologist who actually understands EDS?",
    focus: 'Ehlers-Danlos syndrome',
    types: ['association', 'find_specialist'],
  },
];
