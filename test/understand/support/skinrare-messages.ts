/**
 * "skinrare" set. Messages about rare skin conditions (epidermolysis bullosa, ichthyosis, hidradenitis
 * suppurativa, pemphigus, mastocytosis, xeroderma pigmentosum, incontinentia pigmenti, vitiligo, morphea):
 * creams, bathing, sun, school and bullying, pain and itch, with other questions. Written by someone who had
 * read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.925, type F1 0.870). Scored by skinrare.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --skinrare --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const SKINRARE_MESSAGES: ConsumerMessage[] = [
  // why: only asks the chance the next baby has it -> inheritance
  {
    message:
      'our daughter (3) has EB simplex, the blisters on her feet started when she learned to walk. neither me or my husband has any blisters. what are the chances our next baby will have it too?',
    focus: 'epidermolysis bullosa simplex',
    types: ['inheritance'],
  },
  // why: school routine (recess, classroom windows) is daily life -> lifestyle
  {
    subject: 'XP and starting kindergarten',
    message:
      'Our son Eli has xeroderma pigmentosum and starts kindergarten in September. The school wants to help but nobody there has heard of it. How do other families handle recess, field trips and the classroom windows? He already wears the hood and gloves outside.',
    focus: 'xeroderma pigmentosum',
    types: ['lifestyle'],
  },
  // why: whether a partner can catch it -> susceptibility
  {
    message:
      'is HS contagious?? my girlfriend has it under her arms and i dont want to catch it lol, serious question tho',
    focus: 'hidradenitis suppurativa',
    types: ['susceptibility'],
  },
  // why: only how common it is -> frequency
  {
    message:
      'How common is vitiligo in children? My 7 year old just got diagnosed and we never knew anyone with it.',
    focus: 'vitiligo',
    types: ['frequency'],
  },
  // why: life expectancy and whether it can kill her, one outlook question -> prognosis
  {
    message:
      'My mother is 58 and was diagnosed with pemphigus vulgaris last month after months of mouth sores. I read online that people used to die from it. Is it life threatening? What is the life expectancy for someone like her now?',
    focus: 'pemphigus vulgaris',
    types: ['prognosis'],
  },
  // why: what the skin will look like and whether teeth are affected are both signs -> symptoms
  {
    message:
      'Hello, my baby girl is 2 weeks old and have blisters in lines on her legs, the doctors say incontinentia pigmenti. What will the skin look like when she grow up? Are the teeth and hair also affected by this? Thank you very much from Portugal',
    focus: 'incontinentia pigmenti',
    types: ['symptoms'],
  },
  // why: only asks for a doctor who has treated it -> find_specialist
  {
    message:
      'We just found out our grandson has harlequin ichthyosis. He is in the NICU in Dayton. Is there any doctor in Ohio or nearby who has actually treated babies with this? We will drive anywhere.',
    focus: 'harlequin ichthyosis',
    types: ['find_specialist'],
  },
  // why: asks why it happened -> cause
  {
    message:
      'what causes morphea?? I have a hard shiny patch on my stomach and I never hurt myself there or anything',
    focus: 'morphea',
    types: ['cause'],
  },
  // why: asks how to stop the flares -> prevention
  {
    subject: 'mastocytosis spots',
    message:
      'My son is 18 months and has cutaneous mastocytosis, lots of brown spots on his body. Sometimes they get red and swollen and once one blistered. How can we prevent these flares from happening?',
    focus: 'cutaneous mastocytosis',
    types: ['prevention'],
  },
  // why: asks only which gene -> genetic_changes
  {
    message:
      'Which gene is it in Netherton syndrome? The geneticist said the name but I forgot to write it down.',
    focus: 'Netherton syndrome',
    types: ['genetic_changes'],
  },
  // why: which creams help = managing it -> treatment
  {
    message:
      'i have ichthyosis vulgaris, my legs look like fish scales every winter. which creams actually work?? urea, lactic acid, something else? ive tried like 10 lotions from the drugstore',
    focus: 'ichthyosis vulgaris',
    types: ['treatment'],
  },
  // why: throwing away leftover capsules -> storage_disposal; the medicine is the focus
  {
    message:
      'My husband stopped acitretin for his ichthyosis and we have half a bottle of capsules left. The pharmacy told him never to give them to anyone. How do we get rid of them safely? Can they go in the trash?',
    focus: 'acitretin',
    types: ['storage_disposal'],
  },
  // why: whether her bumps could be it -> diagnosis
  {
    message:
      "I'm 24 and have had greasy brownish bumps on my chest and back since I was a teenager, they get worse and smell in summer. My dad had something similar that nobody ever named. Could this be Darier disease?",
    focus: 'Darier disease',
    types: ['diagnosis'],
  },
  // why: what the medicine is for and how it works -> indication
  {
    message:
      'My dermatologist mentioned ruxolitinib for my vitiligo. I thought that was a cancer drug? What is it used for and how does it work?',
    focus: 'ruxolitinib',
    types: ['indication'],
  },
  // why: only asks about clinical trials -> research
  {
    subject: 'trials for pemphigoid',
    message:
      'My father is 81 and has bullous pemphigoid. The steroids are making him weak and confused. Are there any clinical trials for older people with pemphigoid?',
    focus: 'bullous pemphigoid',
    types: ['research'],
  },
  // why: turning into skin cancer -> complications; how long people live -> prognosis
  {
    message:
      'My nephew has recessive dystrophic EB. His fingers are starting to fuse. I keep reading that it turns into skin cancer, is that true? And how long do people with RDEB usually live? My sister wont talk about it.',
    focus: 'recessive dystrophic epidermolysis bullosa',
    types: ['complications', 'prognosis'],
  },
  // why: whether the other children should be tested -> diagnosis; carriers and next baby -> inheritance
  {
    message:
      'Our middle child was diagnosed with XP. Should our other two children be tested even though they tan normally? And are my wife and I carriers, will another baby have it?',
    focus: 'xeroderma pigmentosum',
    types: ['diagnosis', 'inheritance'],
  },
  // why: more infections from Humira -> side_effects; drinking with it -> interactions; medicine is the focus
  {
    message:
      'starting humira for my hidradenitis next week. will it make me catch every cold going around? also can i still have a few beers on the weekend on it',
    focus: 'adalimumab',
    types: ['side_effects', 'interactions'],
  },
  // why: helping her in class when teased -> lifestyle (school); bringing color back -> treatment
  {
    subject: 'student with vitiligo',
    message:
      'I teach 4th grade and one of my students has vitiligo on her face and hands. Some kids have started calling her names and she hides in the bathroom at lunch. How can I support her in class? Her mom also asked me if there is any treatment that brings the color back, I said I would try to find out.',
    focus: 'vitiligo',
    types: ['lifestyle', 'treatment'],
  },
  // why: its side effects -> side_effects; trying for pregnancy -> contraindications; the medicine is the focus
  {
    message:
      'My doctor wants to start rituximab for my pemphigus. What side effects should I expect? My wife and I want to try for a baby next year, is it safe to get pregnant after having it?',
    focus: 'rituximab',
    types: ['side_effects', 'contraindications'],
  },
  // why: how to bathe him is daily life -> lifestyle; relief for pain and itch -> treatment
  {
    message:
      'Bath time is torture for our 6 month old with EB, he screams the whole time and the skin comes off on the towel. How do other parents bathe their babies? And what can we give him for the pain and the itching, the tylenol does nothing',
    focus: 'epidermolysis bullosa',
    types: ['lifestyle', 'treatment'],
  },
  // why: PE and overheating -> lifestyle; eyelids damaging the eyes -> complications
  {
    message:
      'my daughter has lamellar ichthyosis and cant sweat. can she do PE outside in summer without overheating?? also her lower eyelids are pulled down, can that damage her eyes over time',
    focus: 'lamellar ichthyosis',
    types: ['lifestyle', 'complications'],
  },
  // why: whether pain without rash is a sign -> symptoms; which test confirms -> diagnosis
  {
    message:
      'Since I was little the sun makes my hands and face burn like fire but there is never a rash or blister, doctors always said I was exaggerating. Does EPP cause pain with nothing to see on the skin? What test would confirm it?',
    focus: 'erythropoietic protoporphyria',
    types: ['symptoms', 'diagnosis'],
  },
  // why: how many people have it -> frequency; which gene -> genetic_changes
  {
    message:
      'Gorlin syndrome - how many people have it and what gene is it? I have 30+ basal cell carcinomas and I am only 35.',
    focus: 'Gorlin syndrome',
    types: ['frequency', 'genetic_changes'],
  },
  // why: eye and brain problems it can lead to -> complications; eye doctor who knows it -> find_specialist
  {
    message:
      'Our 4 month old has IP. The skin part doesnt worry us much now but we read it can cause problems with the retina and brain, what problems should we watch for? Where do we find an eye doctor who knows incontinentia pigmenti?',
    focus: 'incontinentia pigmenti',
    types: ['complications', 'find_specialist'],
  },
  // why: what causes it -> cause; diet (cutting dairy) -> lifestyle
  {
    message:
      'What actually causes HS? Some people say its bad hygiene and I shower twice a day. Also is there a diet that helps, lots of people in groups say cut out dairy and sugar',
    focus: 'hidradenitis suppurativa',
    types: ['cause', 'lifestyle'],
  },
  // why: a named drug asked as its cause -> association; how it is treated -> treatment
  {
    message:
      'I was diagnosed with pemphigus foliaceus in March. I started lisinopril for my blood pressure about 2 months before the blisters started. Could the lisinopril have caused it? And what is the treatment, do I have to be on prednisone for ever?',
    focus: 'pemphigus foliaceus',
    types: ['association', 'treatment'],
  },
  // why: whether burning comes from the ointment -> side_effects; how long to use it -> drug_usage
  {
    message:
      'im using tacrolimus ointment (protopic) on the vitiligo on my face. it burns and stings for like 20 min after i put it on, is that from the cream? how long am i allowed to keep using it on my face?',
    focus: 'tacrolimus',
    types: ['side_effects', 'drug_usage'],
  },
  // why: whether blue lips come from the medicine -> side_effects; cost and insurance -> other
  {
    message:
      'My partner takes dapsone for dermatitis herpetiformis. Since he started his lips look kind of blue-grey, is that the dapsone doing it? Also his insurance stopped covering it, is there any cheaper way to get it?',
    focus: 'dapsone',
    types: ['side_effects', 'other'],
  },
  // why: what helps the foot pain -> treatment; patient group -> find_specialist
  {
    message:
      "pachyonychia congenita here. the calluses on my feet hurt so much some days i cant walk to the car. what helps the pain? and is there a patient group, i've never met anyone else with PC",
    focus: 'pachyonychia congenita',
    types: ['treatment', 'find_specialist'],
  },
  // why: whether he can get the new gel -> treatment; trials -> research; who pays -> other
  {
    subject: 'new gene therapy for RDEB',
    message:
      'Hi, my son is 9 and has recessive dystrophic epidermolysis bullosa. We change dressings for 3 hours every other day and he has open wounds on his back that have not closed in over a year. A mom in our Facebook group said a gene therapy gel was approved that you put right on the wounds. Is this something he can get, and is it for children? Are there clinical trials for other new treatments we could join? And if he can get it, does insurance usually pay for it, I heard it costs a fortune. Sorry for all the questions we are just very tired.',
    focus: 'recessive dystrophic epidermolysis bullosa',
    types: ['treatment', 'research', 'other'],
  },
  // why: link to thyroid -> association; will children get it -> inheritance; will it spread -> prognosis
  {
    message:
      "I'm 29 and got vitiligo on my hands and around my eyes last year. Is vitiligo linked to thyroid problems? My aunt has Hashimoto's. Will my kids get it? And will it keep spreading until I'm all white?",
    focus: 'vitiligo',
    types: ['association', 'inheritance', 'prognosis'],
  },
  // why: difference between two conditions -> information; what else treats it -> treatment; two conditions named
  {
    message:
      "My grandmother (87) has bullous pemphigoid, her nurse keeps writing pemphigus in the notes. What's the difference between pemphigus and pemphigoid? And what treatments are there besides the steroid cream, it's hard to put all over her.",
    focus: 'bullous pemphigoid',
    types: ['information', 'treatment'],
  },
  // why: whether it is used for HS -> indication; with the pill -> interactions; breastfeeding -> contraindications
  {
    message:
      'does accutane even work for hidradenitis or is it just for acne? also im on the birth control pill, do they interact? and im still breastfeeding my 8 month old at night',
    focus: 'isotretinoin',
    types: ['indication', 'interactions', 'contraindications'],
  },
  // why: what sets off the spots -> cause; swimming and school trips -> lifestyle; outgrowing it -> prognosis
  {
    message:
      'Our son is 4 with cutaneous mastocytosis (urticaria pigmentosa). What sets off his spots? Hot baths seem to, and once when he was rubbed with a towel. Can he go swimming and on the school trip to the farm? Will he grow out of it by teenage years like the doctor said maybe?',
    focus: 'cutaneous mastocytosis',
    types: ['cause', 'lifestyle', 'prognosis'],
  },
  // why: what helps besides sunscreen -> treatment; trials for kids -> research; summer camp -> lifestyle
  {
    subject: 'EPP - 10 yr old',
    message:
      'My daughter has erythropoietic protoporphyria. Is there anything that helps besides covering up and sunscreen (which doesnt work)? Are there trials for kids, I heard about an implant but only for adults. She wants to go to summer camp with her friends, is that realistic?',
    focus: 'erythropoietic protoporphyria',
    types: ['treatment', 'research', 'lifestyle'],
  },
  // why: turning into systemic sclerosis -> complications; difference between them -> information; two conditions named
  {
    message:
      'Can morphea turn into systemic sclerosis? My doctor said I have morphea but when I google scleroderma I see lungs and kidneys and I am terrified. What is the difference between the two?',
    focus: 'morphea',
    types: ['complications', 'information'],
  },
  // why: telling two conditions apart -> diagnosis; chance his kids get it -> inheritance
  {
    message:
      'I have raw cracked rashes in my armpits and groin that come and go, one dermatologist said Hailey-Hailey, another said maybe Darier. How do doctors tell these apart, is a biopsy needed? Whichever it is, what is the chance my kids get it?',
    focus: 'Hailey-Hailey disease',
    types: ['diagnosis', 'inheritance'],
  },
  // why: missed weekly dose -> drug_usage; nausea from it -> side_effects; folic acid with it -> interactions
  {
    message:
      'my 12yo takes methotrexate once a week for linear morphea. we forgot the dose on saturday, do we give it sunday or wait? she also feels sick the day after, is that the methotrexate? and the doctor said folic acid but not on the same day, why?',
    focus: 'methotrexate',
    types: ['drug_usage', 'side_effects', 'interactions'],
  },
  // why: whether it is the same as ichthyosis vulgaris -> information; why only boys / passing it on -> inheritance; two conditions named
  {
    message:
      "Hello. My brother's son have X-linked ichthyosis. Is it the same as ichthyosis vulgaris what my mother has? Why only boys get it, can my daughters pass it to their children?",
    focus: 'X-linked ichthyosis',
    types: ['information', 'inheritance'],
  },
];
