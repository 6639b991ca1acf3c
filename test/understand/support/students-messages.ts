/**
 * "students" set. Messages from students with a condition or a medicine (exams, living away from home, drinking
 * and parties, sports, managing medicines alone, contraception with a condition). Written by someone who had
 * read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.894). Scored by students.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --students --verbose`.
 * (Its writer opened the first 40 lines of another new set, sports, for the file's format, and copied nothing of it.)
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const STUDENTS_MESSAGES: ConsumerMessage[] = [
  // why: "is it ok to have a few drinks while I'm on lamotrigine" asks about the medicine with alcohol
  {
    subject: 'freshers week',
    message:
      "Hi, I'm starting uni in September and I've been on lamotrigine for my epilepsy since I was 15. Freshers week is basically one long party. Is it ok to have a few drinks while I'm on lamotrigine or is that a really bad idea?",
    focus: 'lamotrigine',
    types: ['interactions'],
  },
  // why: "what even is it" asks what the condition is
  {
    message:
      "the uni health centre did bloods because I was feeling wiped out during exams and the doctor said I have Gilbert's syndrome and not to worry about it. what even is it?? she was in a rush and I didn't want to ask",
    focus: "Gilbert's syndrome",
    types: ['information'],
  },
  // why: "can I catch it from him" asks whether it is contagious to her
  {
    message:
      'My roommate just got diagnosed with mono and we share basically everything, cups, the mini fridge, sometimes vapes. Can I catch it from him? I have finals in two weeks and I cannot get sick right now.',
    focus: 'mono',
    types: ['susceptibility'],
  },
  // why: "can I still take it at 4pm" asks about timing after a missed dose
  {
    subject: 'forgot my morning dose',
    message:
      'I totally forgot my Adderall this morning and I have a huge study session tonight for my organic chem final. Can I still take it at 4pm or will I be up all night?',
    focus: 'Adderall',
    types: ['drug_usage'],
  },
  // why: "could that be the sertraline" asks whether a problem comes from the medicine
  {
    message:
      "I started sertraline about three weeks ago because my anxiety around exams got really bad. Now I'm lying awake until 3am every night and my jaw is clenched in the morning. Could that be the sertraline?",
    focus: 'sertraline',
    types: ['side_effects'],
  },
  // why: "any tips for sticking to my diet" while cooking in halls asks about diet in daily life
  {
    subject: 'PKU in halls',
    message:
      "I have PKU and I'm moving into halls next month. Mum has always done all my food and weighed everything, and now I'll be cooking for myself in a shared kitchen with 8 other people. Any tips for sticking to my diet when everyone is living on pasta and pizza?",
    focus: 'PKU',
    types: ['lifestyle'],
  },
  // why: "could this be Marfan syndrome" asks whether his signs could be the condition
  {
    message:
      "Our team physio at college said I should get checked. I'm 6'6, really long arms and fingers, very flexible, and I've had a collapsed lung once. Could this be Marfan syndrome?",
    focus: 'Marfan syndrome',
    types: ['diagnosis'],
  },
  // why: "is there a doctor who really knows POTS near Boston" asks for a specialist
  {
    message:
      'Hello, I am writing for my granddaughter Emily who is 19 and in her second year at college in Boston. She was told she has POTS after fainting several times in lectures. Her doctor back home is very far away. Is there a doctor or clinic near Boston who really knows about POTS? Thank you so much.',
    focus: 'POTS',
    types: ['find_specialist'],
  },
  // why: "do all-nighters bring on seizures" asks what brings on its attacks
  {
    message:
      "I have juvenile myoclonic epilepsy and I'm a final year student. Everyone on my course is pulling all-nighters before the deadline. Do all-nighters actually bring on seizures with JME or is that a myth?",
    focus: 'juvenile myoclonic epilepsy',
    types: ['cause'],
  },
  // why: "do I really need to be on two kinds of birth control" asks a pregnancy precaution for the medicine
  {
    subject: 'accutane and birth control',
    message:
      "My dermatologist wants to start me on Accutane but says I have to be on two kinds of birth control the whole time. I'm 20 and my boyfriend is at a different uni so we barely see each other. Do I really need two kinds on Accutane?",
    focus: 'Accutane',
    types: ['contraindications'],
  },
  // why: "what does hydroxyurea actually do" asks what the medicine is for and how it works
  {
    message:
      "I have sickle cell and I'm starting college in the fall. My hematologist wants me to start hydroxyurea before I go. What does hydroxyurea actually do? She explained it but I was too nervous to take it in.",
    focus: 'hydroxyurea',
    types: ['indication'],
  },
  // why: "are there any clinical trials" asks about research studies
  {
    message:
      "Are there any clinical trials for Crohn's disease that take students? I'm 21, I've failed two biologics already and I'd be happy to travel in the summer holidays.",
    focus: "Crohn's disease",
    types: ['research'],
  },
  // why: "does levothyroxine have lactose in it" asks what the medicine contains
  {
    message:
      "quick question. I'm on levothyroxine for my thyroid and I just found out I'm lactose intolerant (explains a lot about the dining hall tbh). does levothyroxine have lactose in it?",
    focus: 'levothyroxine',
    types: ['ingredients'],
  },
  // why: "how common is hemophilia" asks how many people have it
  {
    message:
      'I told my flatmates I have hemophilia because I figured they should know if I get a bad bleed. One of them asked how common it is and I honestly had no idea. How common is hemophilia?',
    focus: 'hemophilia',
    types: ['frequency'],
  },
  // why: "how do I get rid of the used Humira pens" asks about disposal of the medicine
  {
    subject: 'sharps in dorm',
    message:
      "I do my Humira injections myself now that I live in the dorms. How am I supposed to get rid of the used Humira pens? I don't think I can just put them in the trash with my roommate's stuff.",
    focus: 'Humira',
    types: ['storage_disposal'],
  },
  // why: "is being snappy a side effect of Keppra" asks about a side effect; "can I take it later at night" asks about timing
  {
    message:
      "Is being really snappy and irritable a side effect of Keppra? My flatmates have noticed and it's getting awkward. Also, can I take my evening dose later, like 1am? My sleep schedule at uni is all over the place.",
    focus: 'Keppra',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "what is the life expectancy" asks the outlook; "could I do a year abroad" asks about daily life and travel
  {
    subject: 'planning my degree',
    message:
      "I have cystic fibrosis and I'm choosing between a 3 year course and a 5 year one with a placement. Honest question: what is the life expectancy with cystic fibrosis these days? And would it be realistic to do a year abroad with all my physio and meds?",
    focus: 'cystic fibrosis',
    types: ['prognosis', 'lifestyle'],
  },
  // why: "is PCOS hereditary" asks if it runs in families; "will the pill help" asks about treating it
  {
    message:
      'The GP at uni thinks I have PCOS. My mum and my older sister both have it too, so is PCOS hereditary? She also said going on the pill would help with my periods and acne, will it actually treat it or just hide it?',
    focus: 'PCOS',
    types: ['inheritance', 'treatment'],
  },
  // why: "does modafinil make my pill less effective" asks about the medicine with another medicine; "can I take it only on exam days" asks about how to take it
  {
    subject: 'modafinil + pill',
    message:
      "I'm 22 and have narcolepsy, I take modafinil. I just started the combined pill with my new girlfriend in mind. Someone said modafinil makes the pill less effective, is that true? And can I take modafinil only on exam days instead of every day?",
    focus: 'modafinil',
    types: ['interactions', 'drug_usage'],
  },
  // why: "can sun bring on a flare" asks what brings on attacks; "how do I stop flaring every finals week" asks about preventing flares
  {
    message:
      'I have lupus and my friends want to go to Cancun for spring break. Can a week of sun bring on a lupus flare? And how do I stop flaring every single finals week? It has happened three semesters in a row.',
    focus: 'lupus',
    types: ['cause', 'prevention'],
  },
  // why: "is it curable" asks about a cure; "what are the chances for someone who is 20" asks the outlook
  {
    subject: 'my best friend',
    message:
      "My best friend at uni was just diagnosed with Hodgkin lymphoma. She is being really brave but I'm scared. Is Hodgkin lymphoma curable? What are the survival chances for someone who is 20?",
    focus: 'Hodgkin lymphoma',
    types: ['treatment', 'prognosis'],
  },
  // why: "is it contagious" asks whether someone can catch it; "is there a link with smoking" asks about a link to an exposure
  {
    message:
      "I have hidradenitis suppurativa under my arms and my new roommate keeps asking if it's contagious and won't share towels. Is hidradenitis suppurativa contagious? Also is there a link with smoking? I smoke at parties mostly.",
    focus: 'hidradenitis suppurativa',
    types: ['susceptibility', 'association'],
  },
  // why: "why is it so dangerous in pregnancy" asks a pregnancy precaution; "does it stop my pill working" asks about it with another medicine
  {
    message:
      'My neurologist made me sign a form saying I understand the risks of sodium valproate in pregnancy. Why is sodium valproate so dangerous if you get pregnant? And does it stop my pill from working properly?',
    focus: 'sodium valproate',
    types: ['contraindications', 'interactions'],
  },
  // why: "is stress a trigger" asks what brings on attacks; "anything I can take when one hits" asks about treatment
  {
    subject: 'migraines and exams',
    message:
      "My migraines are so much worse during exam season, I had one in the middle of my stats exam last year and had to walk out. Is stress a trigger for migraines? Is there anything I can take when one hits that won't knock me out?",
    focus: 'migraines',
    types: ['cause', 'treatment'],
  },
  // why: "could it be Ehlers-Danlos syndrome" asks whether her signs could be it; "could I still play netball" asks about sport
  {
    message:
      "I'm 18 and my shoulder and kneecap have both dislocated this year, and I bruise if someone looks at me. A friend with EDS said it sounds like her. Could it be Ehlers-Danlos syndrome? And if it is, could I still play netball for the uni team?",
    focus: 'Ehlers-Danlos syndrome',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: "can he play college basketball" asks about sport; "should his sister be tested" asks whether a relative should be tested
  {
    message:
      'Our son is 18 and has long QT syndrome, he is on beta blockers. He has a chance to walk on to his college basketball team. Can someone with long QT syndrome play competitive basketball? And should his younger sister be tested as well?',
    focus: 'long QT syndrome',
    types: ['lifestyle', 'diagnosis'],
  },
  // why: "is it ok to use before every run" asks how to take it; "are the shaky hands from it" asks about a side effect
  {
    message:
      "Since I joined cross country I'm using my Ventolin way more. Is it ok to use Ventolin before every single run? And is the shaky hands thing afterwards normal?",
    focus: 'Ventolin',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "if I miss a few days can I take them all at once" asks about missed doses; "can I drink on it" asks about alcohol with it
  {
    message:
      "I have ulcerative colitis and I'm rubbish at remembering my mesalamine since moving out. If I miss a couple of days can I just take them all together? And can I drink on mesalamine, it's my 21st next week.",
    focus: 'mesalamine',
    types: ['drug_usage', 'interactions'],
  },
  // why: "can the cold bring on crises" asks what brings on attacks; "how do I find a sickle cell clinic" asks for specialists
  {
    subject: 'moving north for college',
    message:
      "I got into a college in Minnesota and I'm excited but nervous because I have sickle cell disease. Can the cold winters bring on more pain crises? And how do I find a sickle cell clinic near campus?",
    focus: 'sickle cell disease',
    types: ['cause', 'find_specialist'],
  },
  // why: "could this be Graves' disease" asks whether the signs could be it; "could exam stress have caused it" asks about a named exposure as a cause
  {
    message:
      "For the last two months my heart races, my hands shake, I've lost weight without trying and I'm always hot. Everyone says it's exam anxiety. Could this be Graves' disease instead? And if it is, could all the stress from exams have caused it?",
    focus: "Graves' disease",
    types: ['diagnosis', 'association'],
  },
  // why: "is it safe to drink" asks about daily life with it; "can a night out put me in DKA" asks about a complication; "would a pump help" asks about treatment
  {
    subject: 'T1D and going out',
    message:
      "Hey, I have type 1 diabetes and I just started college. I don't want to be the one who never goes out. Is it safe to drink at parties with type 1 diabetes? My friend said one heavy night can put you in DKA, is that true? And would switching to a pump make all this easier to manage?",
    focus: 'type 1 diabetes',
    types: ['lifestyle', 'complications', 'treatment'],
  },
  // why: "what causes it" asks cause; "can I still drink beer" asks about diet; "should my brother get tested" asks whether a relative should be tested
  {
    message:
      'I was diagnosed with celiac disease last week, right before my sophomore year. What causes celiac disease, I never had problems as a kid? Can I still drink beer at frat parties? And should my little brother get tested?',
    focus: 'celiac disease',
    types: ['cause', 'lifestyle', 'diagnosis'],
  },
  // why: "does stress set off attacks" asks what brings them on; "what treatments are there" asks treatment; "anything new being researched" asks about research
  {
    message:
      'I have hereditary angioedema and my swelling attacks always seem to come around exam time. Does stress set off HAE attacks? What treatments are there that I could keep with me in halls? And is there anything new being researched, I hate the infusions.',
    focus: 'hereditary angioedema',
    types: ['cause', 'treatment', 'research'],
  },
  // why: "can I drink on colchicine" asks alcohol with it; "is it safe if I got pregnant" asks a pregnancy precaution; "is the diarrhoea from it" asks about a side effect
  {
    message:
      "I take colchicine every day for familial Mediterranean fever. Three things: can I drink on colchicine? Is it safe to stay on it if I got pregnant, we're not planning it but you know. And is the diarrhoea I get from the colchicine or from the student food?",
    focus: 'colchicine',
    types: ['interactions', 'contraindications', 'side_effects'],
  },
  // why: "how common is it" asks frequency; "did I get it from my parents" asks if it is inherited; "what can be done about the tiredness" asks treatment
  {
    subject: 'new diagnosis at 19',
    message:
      "I'm 19 and was just diagnosed with Klinefelter syndrome after a fertility question came up at a sports physical. I had never even heard of it. How common is Klinefelter syndrome? Did I get it from one of my parents? And what can be done about the tiredness, it's wrecking my grades.",
    focus: 'Klinefelter syndrome',
    types: ['frequency', 'inheritance', 'treatment'],
  },
  // why: "how long does it last" asks the course; "can I play rugby" asks about sport; "can my spleen burst" asks about a complication
  {
    message:
      'Got glandular fever in the middle of exam term, great timing. How long does glandular fever usually last? Can I still play rugby at the weekend? My coach mentioned something about the spleen bursting which freaked me out, can that really happen?',
    focus: 'glandular fever',
    types: ['prognosis', 'lifestyle', 'complications'],
  },
  // why: "which gene is involved" asks the gene; "should I be tested" asks about testing a relative; "does he need to avoid chocolate and shellfish" asks about diet
  {
    message:
      "My brother is 20 and at university and was just diagnosed with Wilson's disease after his liver tests came back weird. Which gene is involved in Wilson's disease? Should I be tested too, I'm his twin? And does he really have to avoid chocolate and shellfish forever?",
    focus: "Wilson's disease",
    types: ['genetic_changes', 'diagnosis', 'lifestyle'],
  },
  // why: "do tics get better" asks the course; "is there therapy besides medication" asks treatment; "support groups for people my age" asks for patient groups
  {
    message:
      "I'm a high school senior with Tourette syndrome and I'll be going to college in the fall. Do tics usually get better in your twenties? Is there any therapy besides medication? And are there support groups for people my age with Tourette syndrome?",
    focus: 'Tourette syndrome',
    types: ['prognosis', 'treatment', 'find_specialist'],
  },
  // why: "can I drink on lithium" asks alcohol with it; "should I take two if I forget one" asks about missed doses; "is it safe in pregnancy" asks a precaution
  {
    subject: 'lithium at uni',
    message:
      "I have bipolar disorder and I've been on lithium for a year. I'm about to go to my first festival with uni friends. Can I drink on lithium at all? If I forget a dose should I take two the next day? And is lithium safe if I get pregnant? My partner and I use condoms but I worry.",
    focus: 'lithium',
    types: ['interactions', 'drug_usage', 'contraindications'],
  },
  // why: "could our kids have it" asks about inheritance; "will he ever play football again" asks about sport; "will he need a defibrillator" asks treatment
  {
    message:
      "My boyfriend collapsed at football practice and the hospital found hypertrophic cardiomyopathy. We're both 21 and at uni. Is it genetic, could our kids have it one day? Will he ever be allowed to play football again? And will he need one of those defibrillators put in?",
    focus: 'hypertrophic cardiomyopathy',
    types: ['inheritance', 'lifestyle', 'treatment'],
  },
];
