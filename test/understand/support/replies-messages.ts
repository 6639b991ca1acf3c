/**
 * "replies" set. Follow-up messages written after an earlier reply of the desk or a doctor's visit ("thank you
 * for your answer, I have a few more questions", "you said it is autosomal recessive, does that mean..."), the
 * condition sometimes named only in the subject line ("Re: your reply about ..."). Written by someone who had
 * read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.958). Scored by replies.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --replies --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const REPLIES_MESSAGES: ConsumerMessage[] = [
  // why: "our daughter could be a carrier" asks about carriers in the family: inheritance
  {
    subject: 'Re: your reply about Fabry disease',
    message:
      'Thank you so much for the detailed answer you sent last week. One more thing came up when I read it to my husband: you wrote that Fabry disease is X-linked, so does that mean our daughter could be a carrier even though she has no symptoms at all?',
    focus: 'Fabry disease',
    types: ['inheritance'],
  },
  // why: "is Becker the same thing as Duchenne" asks what each is (information); "will he still lose the ability to walk" asks the outlook (prognosis)
  {
    message:
      "Hi again, I wrote to you about my son's Duchenne muscular dystrophy in March. The neurologist now says the new biopsy looks more like Becker muscular dystrophy instead. Is Becker the same thing as Duchenne, only milder? And will he still lose the ability to walk as a teenager?",
    focus: 'Becker muscular dystrophy',
    types: ['information', 'prognosis'],
  },
  // why: "should my two brothers get tested" asks testing of relatives (diagnosis); "stop drinking wine" asks daily life (lifestyle); "how often will they take blood" asks the treatment
  {
    subject: 'follow up - hemochromatosis',
    message:
      "Thanks for explaining the iron overload part. My GP confirmed hereditary hemochromatosis yesterday, both copies of the C282Y. Now I'm wondering: should my two brothers get tested too? Do I have to stop drinking wine completely? And how often will they have to take blood, is it every week forever?",
    focus: 'hereditary hemochromatosis',
    types: ['diagnosis', 'lifestyle', 'treatment'],
  },
  // why: "forgot the midday tablet... should she take two at dinner" asks about a missed dose: drug_usage
  {
    message:
      'My mother-in-law was told after her last visit that she has myasthenia gravis and was given pyridostigmine. Your reply said it is usually taken several times a day. She forgot the midday tablet today - should she take two at dinner to make up for it?',
    focus: 'pyridostigmine',
    types: ['drug_usage'],
  },
  // why: "is that part of Williams syndrome" asks whether a sign belongs to it (symptoms); "what should we expect as he gets older, can he live on his own" asks the outlook (prognosis)
  {
    subject: 'Correction to my earlier question',
    message:
      'Sorry, I made a mistake in my last message. I wrote that my grandson has Wilson disease but it is actually Williams syndrome, I mixed up the names. The cardiologist mentioned a narrowing above the heart valve. Is that part of Williams syndrome? And what should we expect as he gets older, will he be able to live on his own as an adult?',
    focus: 'Williams syndrome',
    types: ['symptoms', 'prognosis'],
  },
  // why: "what happens next to confirm it or rule it out" after a borderline sweat test asks about tests: diagnosis
  {
    message:
      'Thank you for the answer about cystic fibrosis. We had the sweat test yesterday and it came back borderline. What happens next to confirm it or rule it out?',
    focus: 'cystic fibrosis',
    types: ['diagnosis'],
  },
  // why: "can it make him infertile" asks a side effect; "with food or on an empty stomach" asks how to take it (drug_usage); "keep the capsules in the bathroom cabinet" asks storage
  {
    subject: 'Re: sickle cell question',
    message:
      'Hello, I am the dad who wrote about our 6 year old with sickle cell disease. The hematologist wants to start hydroxyurea. I read your reply but still have questions. Can it make him infertile later in life? Does he take it with food or on an empty stomach? And is it OK to keep the capsules in the bathroom cabinet with our other medicines?',
    focus: 'hydroxyurea',
    types: ['side_effects', 'drug_usage', 'storage_disposal'],
  },
  // why: "each of my kids has a 50% chance" asks the chance children get it (inheritance); "could she have it too" given her signs asks diagnosis
  {
    message:
      'You said in your answer that Marfan syndrome is autosomal dominant. Does that mean each of my kids has a 50% chance of having it? My daughter is very tall and thin with long fingers like me, could she have it too?',
    focus: 'Marfan syndrome',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "a glass of wine with dinner while she is on it" asks the medicine with alcohol: interactions
  {
    subject: 'one more question',
    message:
      "Hi, me again about my wife's narcolepsy. She has been prescribed modafinil now. Is it OK for her to have a glass of wine with dinner while she is on it?",
    focus: 'modafinil',
    types: ['interactions'],
  },
  // why: "will I end up in a wheelchair" asks the course (prognosis); "is it hereditary" asks inheritance; "a CMT clinic or specialist" asks find_specialist
  {
    message:
      'My neurologist now thinks my numb feet and high arches are Charcot-Marie-Tooth disease, not just flat feet like the last doctor said. Will I end up in a wheelchair? Is it hereditary? My mum also has very high arches. And is there a CMT clinic or specialist in the Midwest you could point me to?',
    focus: 'Charcot-Marie-Tooth disease',
    types: ['prognosis', 'inheritance', 'find_specialist'],
  },
  // why: "what does sapropterin do, how does it work" asks indication; "mixed into her formula" asks how to take it (drug_usage); "side effects in babies" asks side_effects
  {
    message:
      'Thank you for the information on phenylketonuria. Our baby girl was picked up by the newborn screen and we are still in shock. The dietitian mentioned sapropterin. What exactly does sapropterin do, how does it work? Can it be mixed into her formula? And does it have side effects in babies?',
    focus: 'sapropterin',
    types: ['indication', 'drug_usage', 'side_effects'],
  },
  // why: "where can we get genetic counseling" asks for genetic counseling: find_specialist
  {
    subject: 'Re: Huntington disease',
    message:
      "Your reply helped a lot, thank you. After talking it over with my fiance we still can't decide anything. My father has Huntington disease. Where can we get genetic counseling before I make up my mind about the test?",
    focus: 'Huntington disease',
    types: ['find_specialist'],
  },
  // why: "is it safe if I get pregnant" asks a precaution (contraindications); "can it cause the ringing in my ears" asks whether a problem comes from the medicine (side_effects)
  {
    message:
      "hi. so the rheumatologist said my lupus is active again and bumped up the hydroxychloroquine. you mentioned eye checks in your last reply, ok noted. is it safe to keep taking it if i get pregnant? and can it cause the ringing in my ears i've had since the dose went up?",
    focus: 'hydroxychloroquine',
    types: ['contraindications', 'side_effects'],
  },
  // why: "what is the chance it happens again" asks the chance for a next baby (inheritance); "a blood test during the next pregnancy" asks testing (diagnosis)
  {
    message:
      'Dear team, I am a grandmother writing about my granddaughter, 3, who was diagnosed with Angelman syndrome last month. Your first reply explained the chromosome 15 part. The parents would like another baby. What is the chance it happens again? Also is there a blood test during the next pregnancy to check?',
    focus: 'Angelman syndrome',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "what is long QT syndrome exactly" asks what the condition is: information
  {
    message:
      "The doctor now says my husband's collapses might be long QT syndrome and not epilepsy like we were told for years. What is long QT syndrome exactly?",
    focus: 'long QT syndrome',
    types: ['information'],
  },
  // why: "will the enzyme infusions make it shrink" asks the treatment; "damage my bones if I wait" asks what happens untreated (complications); "a Gaucher support group" asks find_specialist
  {
    subject: 'Re: Gaucher disease',
    message:
      'Thanks for your patience with all my questions. After the bone marrow results the hematologist confirmed Gaucher disease, type 1. My spleen is huge. Will the enzyme infusions make it shrink back? Can it damage my bones if I wait a few months to start? And is there a Gaucher support group for adults?',
    focus: 'Gaucher disease',
    types: ['treatment', 'complications', 'find_specialist'],
  },
  // why: "is that from the colchicine" asks whether a problem comes from the medicine: side_effects
  {
    message:
      'You told me last time that familial Mediterranean fever is treated with colchicine. My son has been on it for two months and has diarrhea most days now. Is that from the colchicine?',
    focus: 'colchicine',
    types: ['side_effects'],
  },
  // why: "does everyone end up on dialysis" asks the course (prognosis); "can it affect the brain... aneurysms" asks other problems it leads to (complications)
  {
    message:
      'my girlfriend was just diagnosed with polycystic kidney disease, her mom has it too. after reading your reply she is scared of kidney failure. Does everyone with it end up on dialysis? and can it affect the brain, she read something about aneurysms?',
    focus: 'polycystic kidney disease',
    types: ['prognosis', 'complications'],
  },
  // why: "what is the difference between Noonan and Turner syndrome" asks what each is (information); "a test that can confirm it" asks diagnosis
  {
    subject: 'Follow-up after our appointment',
    message:
      "We saw the geneticist today as you suggested. She thinks our son might have Noonan syndrome rather than Turner like the first doctor said (which obviously can't be right since he is a boy!). What is the difference between Noonan and Turner syndrome? And is there a test that can confirm Noonan syndrome?",
    focus: 'Noonan syndrome',
    types: ['information', 'diagnosis'],
  },
  // why: "is that fine or should it be kept somewhere cooler" asks storing the medicine: storage_disposal
  {
    message:
      'Thank you for the quick reply about my Hashimoto thyroiditis. I forgot to ask: my levothyroxine is in the kitchen cupboard right next to the stove. Is that fine or should it be kept somewhere cooler?',
    focus: 'levothyroxine',
    types: ['storage_disposal'],
  },
  // why: "can they be crushed" asks how to take it (drug_usage); "could that be from the riluzole" asks side_effects; "his cholesterol pill with it" asks interactions
  {
    message:
      "Hello, I wrote in January about my brother's ALS. He has started riluzole now. He can't swallow tablets well anymore, can they be crushed? His liver tests were a bit off last week, could that be from the riluzole? And can he keep taking his cholesterol pill with it?",
    focus: 'riluzole',
    types: ['drug_usage', 'side_effects', 'interactions'],
  },
  // why: "keep doing yoga and running" asks exercise (lifestyle); "cause problems with the heart valves" asks other problems it leads to (complications)
  {
    subject: 'Re: Re: Ehlers-Danlos',
    message:
      'Thank you again. My physio says I probably have hypermobile Ehlers-Danlos syndrome rather than just being bendy. Is it safe for me to keep doing yoga and running? And is it true it can cause problems with the heart valves?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['lifestyle', 'complications'],
  },
  // why: "could her monthly periods be what brings them on" asks what brings on the attacks: cause
  {
    message:
      'You mentioned in your reply that acute intermittent porphyria attacks can be triggered by different things. My sister has had three attacks this year. Could her monthly periods be what brings them on?',
    focus: 'acute intermittent porphyria',
    types: ['cause'],
  },
  // why: "will she grow out of it" asks the course (prognosis); "would taking out her tonsils stop it" asks surgery as a treatment
  {
    message:
      "Sorry to write again. The pediatrician now thinks my daughter's fevers every 4 weeks are PFAPA, not familial Mediterranean fever like I feared. Will she grow out of it? And would taking out her tonsils stop it?",
    focus: 'PFAPA',
    types: ['prognosis', 'treatment'],
  },
  // why: "any clinical trials for babies his age" asks research
  {
    subject: 'Spinal muscular atrophy - one more question',
    message:
      'Thanks for the links you sent. Our son is 14 months old and was diagnosed with spinal muscular atrophy type 1. Are there any clinical trials for babies his age that we could still join?',
    focus: 'spinal muscular atrophy',
    types: ['research'],
  },
  // why: "take the biggest one in the morning" asks timing (drug_usage); "ibuprofen... at the same time" asks another medicine with it (interactions); "does it cause weight gain" asks side_effects
  {
    message:
      'I am the partner of a man with Addison disease. After the ER visit last week the endocrinologist changed his hydrocortisone dose. He takes 3 tablets a day now, is it better to take the biggest one in the morning? Can he take ibuprofen for his back at the same time? And does the hydrocortisone cause weight gain long term? He is worried about that.',
    focus: 'hydrocortisone',
    types: ['drug_usage', 'interactions', 'side_effects'],
  },
  // why: "our baby will have the major form" when both parents are carriers asks the chance for a child (inheritance); "tested in pregnancy" asks diagnosis
  {
    message:
      'Following your answer about beta thalassemia: my wife and I both turned out to be carriers (thalassemia minor, the lab said). Does that mean our baby will have the major form? Can it be tested during the pregnancy?',
    focus: 'beta thalassemia',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "the chances of it turning into leukemia" asks whether it can turn into another condition: complications
  {
    message:
      'dear desk, thank you for last time. my dad (82) has now got a proper diagnosis of polycythaemia vera after years of "thick blood". what are the chances of it turning into leukemia?',
    focus: 'polycythaemia vera',
    types: ['complications'],
  },
  // why: "can it damage her kidneys later on" asks other problems it leads to (complications); "how common is it really" asks frequency
  {
    subject: 'tuberous sclerosis follow-up',
    message:
      'We now have the MRI report for our daughter and it confirms tuberous sclerosis complex. You wrote that it can affect several organs. Can it damage her kidneys later on? And how common is it really? No one in our town has ever heard of it.',
    focus: 'tuberous sclerosis complex',
    types: ['complications', 'frequency'],
  },
  // why: "is it contagious" asks whether someone can catch it: susceptibility
  {
    message:
      'thanks for ur reply about Kawasaki desease. my nephew is better now and home from hospital. my sister wants to know is it contagious?? his little cousin was playing with him the week before he got sick',
    focus: 'Kawasaki desease',
    types: ['susceptibility'],
  },
  // why: "what is it actually used for" asks indication; "safe if we try for a baby" asks a precaution (contraindications); "drink a beer or two" asks alcohol with it (interactions)
  {
    message:
      'I wrote before about my Behcet disease, but I got one thing wrong: it is not my mouth ulcers that are the worst, it is my eyes. The eye doctor wants me on azathioprine. What is it actually used for? I thought it was a transplant drug. Is it safe if we try for a baby while I am on it? Can I still drink a beer or two on weekends?',
    focus: 'azathioprine',
    types: ['indication', 'contraindications', 'interactions'],
  },
  // why: "cause a sudden cardiac arrest" asks other problems it leads to (complications); "what treatment is used when it is in the heart" asks treatment
  {
    message:
      "My husband's sarcoidosis was found in his lungs last year and you told us it often goes away by itself. Now the cardiologist thinks it might be in his heart as well. Can sarcoidosis in the heart cause a sudden cardiac arrest? What treatment is used when it is in the heart?",
    focus: 'sarcoidosis',
    types: ['complications', 'treatment'],
  },
  // why: "which gene is it, and what is the change in it" asks the gene and mutation: genetic_changes
  {
    subject: 'Re: your reply about fragile X syndrome',
    message:
      "Thank you. I am the aunt. My sister's son was just diagnosed with it. Which gene is it, and what is the change in it? The report says FMR1 but I don't understand the repeat part.",
    focus: 'fragile X syndrome',
    types: ['genetic_changes'],
  },
  // why: "eat salads and spinach" asks the medicine with food (interactions); "is that the warfarin" asks whether a problem comes from it (side_effects)
  {
    message:
      "Following up on my question from last month. My father's cardiologist switched him to warfarin because of his atrial fibrillation. Can he eat salads and spinach like before? He also bruises much more now, is that the warfarin?",
    focus: 'warfarin',
    types: ['interactions', 'side_effects'],
  },
  // why: "what treatments are there to make his bones stronger" asks treatment
  {
    message:
      'Thank you for the information about osteogenesis imperfecta. Our little boy broke his arm again last week (his sixth fracture). The orthopedist talked about rods and some kind of infusions. What treatments are there to make his bones stronger?',
    focus: 'osteogenesis imperfecta',
    types: ['treatment'],
  },
  // why: "should he be tested" asks whether a relative should be tested (diagnosis); "something I passed on to him" asks whether it runs in families (inheritance)
  {
    subject: 'Re: celiac',
    message:
      'Thanks for answering. The biopsy confirmed celiac disease for me. My 10 year old complains of stomach aches too. Should he be tested? And is it something I passed on to him?',
    focus: 'celiac disease',
    types: ['diagnosis', 'inheritance'],
  },
  // why: "very nauseous, is that normal with methotrexate" asks side_effects; "drink any alcohol on it" asks interactions; "backpack or the fridge" asks storage_disposal
  {
    message:
      'Hello again. My 16 year old son has juvenile idiopathic arthritis and the rheumatologist started weekly methotrexate injections. He is very nauseous the day after, is that normal with methotrexate? He is going to a party soon, can he drink any alcohol on it? And the pens, can they stay in his backpack or do they need the fridge?',
    focus: 'methotrexate',
    types: ['side_effects', 'interactions', 'storage_disposal'],
  },
  // why: "what causes it" asks cause
  {
    message:
      "Thank you for your earlier reply. The neurologist has now said my mum's face pain is trigeminal neuralgia, not a tooth problem like the dentist thought for a whole year. What causes it?",
    focus: 'trigeminal neuralgia',
    types: ['cause'],
  },
  // why: "could I have Alport syndrome too" given blood in urine asks diagnosis; "anything to slow it down" asks treatment
  {
    subject: 'Alport syndrome - follow up',
    message:
      'Thanks for explaining. I am 24 and they just found blood in my urine at a check up, and my uncle has Alport syndrome and went deaf. Could I have Alport syndrome too? Is there anything to slow it down if I do?',
    focus: 'Alport syndrome',
    types: ['diagnosis', 'treatment'],
  },
  // why: "foods and medicines he must avoid to stop this happening again" asks preventing attacks (prevention); "how common is it" asks frequency; "will he outgrow it" asks prognosis
  {
    message:
      "Thank you for your reply about G6PD deficiency. Our son was diagnosed after a bad reaction to fava beans at his grandmother's house. Which foods and medicines must he avoid to stop this happening again? How common is it? Will he outgrow it?",
    focus: 'G6PD deficiency',
    types: ['prevention', 'frequency', 'prognosis'],
  },
];
