/**
 * "bleeding" set. Messages about bleeding disorders: hemophilia, von Willebrand disease, platelet disorders,
 * factor deficiencies, heavy bleeding, factor treatments, with other questions about the condition and its
 * medicines. Written by someone who had read neither the understanding or retrieval code nor any earlier set,
 * following the labeling guide (src/understand/README.md) and checking only that each focus is a name the
 * knowledge base holds. Scored once, before any change made for it (focus 0.950, type F1 0.894). Scored by
 * bleeding.test.ts and by `npx tsx test/understand/support/score-messages.ts --bleeding --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const BLEEDING_MESSAGES: ConsumerMessage[] = [
  // why: asks how long people with it live, which is the outlook (prognosis).
  {
    message:
      "My best friend's baby boy was just diagnosed with severe hemophilia A. How long do people with it usually live nowadays?",
    focus: 'hemophilia A',
    types: ['prognosis'],
  },
  // why: asks whether a child can join in at preschool and soccer (lifestyle), about gene therapy studies for kids (research), and whether the sister could be a carrier (inheritance).
  {
    message:
      "Hi, our son Leo is 4 and has severe hemophilia A. We've been doing his factor infusions at home through a port since he was 18 months and honestly we've gotten pretty good at it. He starts preschool in the fall and the teachers are nervous about him. Is it okay for him to play on the playground with the other kids, and later on join a soccer team like his friends? I also keep reading about gene therapy for hemophilia in the news - are there any studies that take young children? One more thing. Leo has a big sister who is 8, and my mother-in-law keeps saying she could be a carrier like me. Is that true?",
    focus: 'hemophilia A',
    types: ['lifestyle', 'research', 'inheritance'],
  },
  // why: asks what the condition (named only in the subject) is, an overview (information).
  {
    subject: 'Christmas disease',
    message: 'our grandsons doctor says he has this. what is it? never heard of it in my life',
    focus: 'hemophilia B',
    types: ['information'],
  },
  // why: both questions ask whether his children will carry or have it from him (inheritance), one type.
  {
    message:
      "I'm 34 and have mild hemophilia B, I've known since I was a kid. My wife is 20 weeks pregnant with a girl. Is our daughter going to be a carrier? We also have a 3 year old son, could he have gotten it from me?",
    focus: 'hemophilia B',
    types: ['inheritance'],
  },
  // why: asks whether her signs could be the condition and which test she needs (diagnosis).
  {
    message:
      'im 15 and my periods last like 9 days and i have to change my pad every hour. i also get bruises on my legs and i dont know where they come from. could this be von willebrand disease?? what test would i need to get',
    focus: 'von Willebrand disease',
    types: ['diagnosis'],
  },
  // why: asks how common it is (frequency).
  {
    message:
      "How common is von Willebrand's? I was diagnosed last week and had never even heard of it before.",
    focus: 'von Willebrand disease',
    types: ['frequency'],
  },
  // why: asks which hospital knows the disease (find_specialist), which medicine helps the nosebleeds (treatment), and whether it gets better with age (prognosis).
  {
    message:
      'Hello, my daughter have Glanzmann thrombasthenia, it was diagnosed in Syria when she was baby. Now we are living in Germany since 3 months, near Hamburg. She is 6 years old. She has many nose bleeding, sometimes two hours long, and we must go to emergency, in Syria they give her platelets transfusion every time. Which hospital in Germany know this disease good? What medicine she can take for the nose bleeding at home so we dont go always to hospital? Also when she will be older it will be better or the same? Thank you very much for your help',
    focus: 'Glanzmann thrombasthenia',
    types: ['find_specialist', 'treatment', 'prognosis'],
  },
  // why: asks which gene is involved (genetic_changes).
  {
    message:
      "which gene is wrong in glanzmann thrombasthenia? i have it and we're doing a project on genes in bio class",
    focus: 'Glanzmann thrombasthenia',
    types: ['genetic_changes'],
  },
  // why: asks how doctors tell it apart from ITP (diagnosis).
  {
    message:
      "Our 5 year old's blood tests show low platelets that are also very large. The hematologist mentioned Bernard-Soulier syndrome but said it might also be ITP. How do they figure out which one it is?",
    focus: 'Bernard-Soulier syndrome',
    types: ['diagnosis'],
  },
  // why: asks whether it will go away or be lifelong, which is its course (prognosis).
  {
    message:
      "I'm 26 and got diagnosed with ITP two weeks after a bad flu. My platelets were 12 when I went in, they gave me steroids and now they're at 60. Will this go away by itself eventually or is it a lifelong thing?",
    focus: 'immune thrombocytopenia',
    types: ['prognosis'],
  },
  // why: asks whether a named exposure (the vaccine) can cause it (association).
  {
    message: 'can the covid vaccine cause ITP',
    focus: 'immune thrombocytopenia',
    types: ['association'],
  },
  // why: asks what treatment is given for an operation (treatment).
  {
    message: 'Factor VII deficiency - what treatment do they give if someone with it needs an operation?',
    focus: 'factor VII deficiency',
    types: ['treatment'],
  },
  // why: asks how rare it is (frequency).
  {
    message:
      "My granddaughter was diagnosed with factor X deficiency after her umbilical cord stump kept bleeding and bleeding. The doctors keep telling us how rare it is. Just how rare is it? We'd never heard of anything like this in our family.",
    focus: 'factor X deficiency',
    types: ['frequency'],
  },
  // why: a list asking whether it gets worse with age (prognosis), what is given before surgery (treatment), and whether relatives should be tested (diagnosis).
  {
    subject: 'factor XI questions',
    message:
      "Hi - I'm 38 and was diagnosed with factor XI deficiency after I bled a lot following a c-section years ago (I'm Ashkenazi, the hematologist said that's why it wasn't a big surprise). I'm now scheduled for knee surgery in September and I have a few questions:\n1. Will my level drop further as I get older?\n2. What do they usually give before surgery so I don't bleed?\n3. My brother and my two kids have never been checked. Should they get tested?\nThanks so much.",
    focus: 'factor XI deficiency',
    types: ['prognosis', 'treatment', 'diagnosis'],
  },
  // why: asks whether anyone is researching gene therapy or a permanent fix (research).
  {
    message:
      'Our son (8 months) had a bleed in his brain at 3 weeks old and was then diagnosed with factor XIII deficiency. He gets an infusion every 4 weeks now and is doing well. Is anybody researching a permanent fix like gene therapy for this?',
    focus: 'factor XIII deficiency',
    types: ['research'],
  },
  // why: asks whether women with it are more likely to miscarry, a higher risk of another problem (complications), and for a center with experience (find_specialist).
  {
    message:
      "I'm 29 and was born with congenital afibrinogenemia. I get fibrinogen infusions when I have a bleed and I've had a pretty normal life considering. My husband and I would really like to start a family. Last year I had a miscarriage at 8 weeks and my hematologist mentioned that this happens a lot with my condition but didn't really explain, and the appointment was over before I could ask much. Are women with afibrinogenemia more likely to lose a pregnancy? I'd also like to find an obstetrician or a hospital that has actually looked after someone like me before we try again - we're in the north of England. Any suggestions would be so appreciated.",
    focus: 'congenital afibrinogenemia',
    types: ['complications', 'find_specialist'],
  },
  // why: asks whether the children should be screened and how (diagnosis), and whether it can cause strokes (complications).
  {
    message:
      'My dad has HHT and they found a lung AVM after he had a small stroke. I get nosebleeds a lot too but have never been checked. Should my kids (8 and 11) be screened, and what does that involve? Can HHT cause a stroke in children too?',
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['diagnosis', 'complications'],
  },
  // why: asks about its first signs (symptoms); the condition is named only in the subject.
  {
    subject: 'Osler-Weber-Rendu',
    message: 'What are the first signs of it in kids?',
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['symptoms'],
  },
  // why: asks whether the medicine is safe while breastfeeding (contraindications).
  {
    message:
      "Can I take tranexamic acid while breastfeeding? I'm 3 weeks postpartum and still bleeding quite heavily.",
    focus: 'tranexamic acid',
    types: ['contraindications'],
  },
  // why: asks how many to take, for how long, and what to do after a missed dose (drug_usage).
  {
    message:
      "My GP prescribed tranexamic acid tablets for my heavy periods but the leaflet got soaked in my bag and I can't read it anymore. How many should I take a day and for how many days? And if I miss one, do I take two next time?",
    focus: 'tranexamic acid',
    types: ['drug_usage'],
  },
  // why: asks whether the spray must be kept in the fridge (storage_disposal).
  {
    message: 'does the desmopressin nasal spray have to be refrigerated??',
    focus: 'desmopressin',
    types: ['storage_disposal'],
  },
  // why: a list asking how the medicine works (indication), what side effects to watch for (side_effects), and whether it can be taken with another medicine (interactions).
  {
    subject: 'DDAVP questions before camp',
    message:
      "Hi, our 12 year old has type 1 von Willebrand disease and his hematologist wants him to do a DDAVP trial and then use the nasal spray for nosebleeds and at summer camp. I didn't think of my questions at the appointment, so:\n1) how does it actually work if he already has von Willebrand factor?\n2) the nurse said something about limiting fluids afterwards - what side effects should we be watching for?\n3) is it ok with his ADHD medicine (methylphenidate)?\nThank you!",
    focus: 'desmopressin',
    types: ['indication', 'side_effects', 'interactions'],
  },
  // why: asks whether a transplant is the only cure (treatment).
  {
    message: 'Is a bone marrow transplant the only cure for Wiskott-Aldrich syndrome?',
    focus: 'Wiskott-Aldrich syndrome',
    types: ['treatment'],
  },
  // why: asks whether it can lead to marrow scarring or other problems later (complications).
  {
    message:
      'I was diagnosed with gray platelet syndrome at 30 after years of bruising easily and bleeding a lot at the dentist. My latest ultrasound shows my spleen is a bit enlarged. Can this condition cause scarring of the bone marrow or other problems down the line?',
    focus: 'gray platelet syndrome',
    types: ['complications'],
  },
  // why: asks what causes it (cause) and whether it can come back, its course (prognosis).
  {
    message:
      "My husband (41) spent two weeks in the ICU with TTP last spring and had plasma exchange every day. He's doing good now thank god. The doctors never really told us why this happened to him - what causes TTP? and is there a chance it comes back?",
    focus: 'thrombotic thrombocytopenic purpura',
    types: ['cause', 'prognosis'],
  },
  // why: asks what causes periods to get this heavy (cause) and for options other than hysterectomy (treatment).
  {
    subject: 'heavy periods at 44',
    message:
      "I'm 44 and for about the last year my periods have become unbelievably heavy. I'm flooding through overnight pads in two hours, I've had to leave work meetings, and my GP found I'm anemic and put me on iron. Before this my periods were always completely normal. What can cause periods to suddenly get this heavy in your forties? The ultrasound didn't show much. My gynecologist brought up a hysterectomy pretty quickly but I'm not ready for major surgery with two kids at home - are there other treatments that actually work for menorrhagia? I'm exhausted and would be grateful for any information.",
    focus: 'menorrhagia',
    types: ['cause', 'treatment'],
  },
  // why: asks how to stop the nosebleeds from happening (prevention).
  {
    message: 'my 7 yr old gets nose bleeds nearly every night in winter any way to stop them happening',
    focus: 'nosebleed',
    types: ['prevention'],
  },
  // why: asks for a patient group (find_specialist) and for help with treatment costs (other).
  {
    message:
      "I was diagnosed with prothrombin deficiency (factor II) last month after I bled for days when a tooth was pulled. The hematologist said he's only ever seen one other case. Is there a patient group or someone I can talk to who has this? And does anyone help with the cost of the treatment, my insurance is fighting it",
    focus: 'prothrombin deficiency',
    types: ['find_specialist', 'other'],
  },
  // why: asks whether two conditions are the same (information).
  {
    message: 'Is factor V deficiency the same thing as factor V Leiden?',
    focus: 'factor V deficiency',
    types: ['information'],
  },
  // why: asks whether the child's signs could be it (diagnosis), whether it affects the lungs (complications), and the chance the next baby has it (inheritance).
  {
    message:
      'Our daughter Sofia is 2 and was born with albinism - very light hair and skin, and her eyes shake. We are Puerto Rican, from the northwest of the island. She bruises really easily and last month she had a nosebleed that lasted almost an hour. My cousin told us about Hermansky-Pudlak syndrome, which I had never heard of. Could that be what she has instead of just albinism? If it is, I read about lung problems - does it affect the lungs in kids? We are also hoping to have another baby, what are the chances it would have it too?',
    focus: 'Hermansky-Pudlak syndrome',
    types: ['diagnosis', 'complications', 'inheritance'],
  },
  // why: asks whether it can lead to hearing or kidney problems (complications).
  {
    message:
      'hematologist told me my low platelets and big platelets are from may-hegglin anomaly. i dont really bleed more than other people. can this cause hearing loss or kidney problems later on like i read online',
    focus: 'May-Hegglin anomaly',
    types: ['complications'],
  },
  // why: asks what the medicine is for (indication).
  {
    message: 'dentist gave my dad aminocaproic acid after pulling 3 teeth, what is it for exactly?',
    focus: 'aminocaproic acid',
    types: ['indication'],
  },
  // why: asks which babies are at risk and whether breastfeeding raises the risk (susceptibility).
  {
    message:
      "We're planning a home birth and I'm on the fence about the vitamin K shot. Which babies are actually at risk of vitamin K deficiency bleeding? Is an exclusively breastfed baby more at risk than a formula fed one?",
    focus: 'vitamin K deficiency bleeding',
    types: ['susceptibility'],
  },
  // why: asks what it is and how it differs from inherited hemophilia (information), whether his cancer triggered it (association), and whether it goes away (prognosis).
  {
    message:
      "I'm writing for my grandpa, he's 78. About a month ago he suddenly got huge bruises on his arms and then a bleed into his thigh muscle that was so painful he couldn't walk. After lots of tests they told us he has acquired hemophilia A. He has never had a bleeding problem in his life and nobody in our family has hemophilia. What is acquired hemophilia, and how is it different from the kind boys are born with? He was treated for prostate cancer two years ago - could that have triggered it? He's on steroids and another drug now. Is this something that goes away, or will he have it for life? We're all really worried.",
    focus: 'acquired hemophilia',
    types: ['information', 'association', 'prognosis'],
  },
  // why: asks whether the nosebleeds come from the medicine (side_effects) and whether he can drink beer with it (interactions).
  {
    message:
      "My husband is on warfarin since his valve replacement. Lately he's been getting nosebleeds that take 30 min to stop. Is that from the warfarin? Also, he likes a beer or two on the weekend, is that ok with warfarin?",
    focus: 'warfarin',
    types: ['side_effects', 'interactions'],
  },
  // why: asks whether the medicine must stay in the fridge when travelling (storage_disposal) and what to do about a late weekly dose (drug_usage).
  {
    message:
      "I'm 52 and have had chronic ITP for 6 years. I've been through steroids, IVIG and rituximab and nothing held for long. Last year my hematologist started me on romiplostim injections once a week at the clinic and it has finally kept my platelets up. Now she wants me to do the injections myself at home, which is great. But we're going on a two week road trip in July. Does the medicine have to stay in the fridge the whole time, and how long can it be out? And if I'm a day or two late with a weekly dose, is that a problem or should I just skip it?",
    focus: 'romiplostim',
    types: ['storage_disposal', 'drug_usage'],
  },
  // why: asks whether milk, a calcium supplement and antacids can be taken with the medicine (interactions).
  {
    message:
      "I started eltrombopag for ITP two weeks ago. The leaflet says to avoid dairy and calcium around the dose. Does that mean I can't have milk in my morning coffee? And what about my calcium supplement and the Tums I take for heartburn?",
    focus: 'eltrombopag',
    types: ['interactions'],
  },
  // why: asks whether there is a test for it (diagnosis).
  {
    message:
      'Is there a specific test for platelet storage pool disease? My usual platelet count and clotting tests all came back normal but I still bleed a lot.',
    focus: 'platelet storage pool deficiency',
    types: ['diagnosis'],
  },
  // why: asks what the condition is (information) and whether she will recover completely (prognosis).
  {
    message:
      'My daughter gave birth last Tuesday and the placenta came away early. She lost so much blood, and the doctors said she developed something called DIC. She has had many units of blood and plasma and she is still in the ICU, the baby is fine thank God. The doctors are kind but they speak so fast and I am too scared to ask them again. What exactly is DIC, in simple words? Will she recover completely?',
    focus: 'disseminated intravascular coagulation',
    types: ['information', 'prognosis'],
  },
  // why: asks what the shot contains (ingredients).
  {
    message:
      'What is actually in the vitamin K shot they give newborns? Someone in my mums group said it contains alcohol and preservatives',
    focus: 'vitamin K',
    types: ['ingredients'],
  },
];
