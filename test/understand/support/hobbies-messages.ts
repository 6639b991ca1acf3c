/**
 * "hobbies" set. Messages about hobbies and pastimes with a condition or a medicine (scuba diving, flying,
 * gardening, pets, horse riding, singing, saunas, tattoos, hiking at altitude, religious fasting). Written by
 * someone who had read neither the understanding or retrieval code nor any earlier set, following the labeling
 * guide (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 1.000, type F1 0.714). Scored by hobbies.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --hobbies --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const HOBBIES_MESSAGES: ConsumerMessage[] = [
  // why: "is scuba diving something he can do safely with Marfan" asks about a hobby in daily life (lifestyle)
  {
    subject: 'diving with Marfan',
    message:
      'My nephew is 19 and has Marfan syndrome. All his mates are doing their open water diving course this summer and he desperately wants to go with them. Is scuba diving something he can do safely with Marfan?',
    focus: 'Marfan syndrome',
    types: ['lifestyle'],
  },
  // why: "is horse riding too dangerous" asks lifestyle; "should she have an infusion of factor before each lesson" asks managing it (treatment)
  {
    message:
      'Our daughter is 8 and has mild hemophilia A. She has been begging for riding lessons since her best friend started. Is horse riding too dangerous for a child with hemophilia? And should she have an infusion of factor before each lesson, just in case?',
    focus: 'hemophilia A',
    types: ['lifestyle', 'treatment'],
  },
  // why: "can I learn to scuba dive" asks lifestyle; "would the pressure make a seizure more likely" asks what brings on attacks (cause); "what would happen if I had a seizure underwater" asks complications
  {
    message:
      "I've had epilepsy since I was 14 and I've been seizure free for six years now. Can I learn to scuba dive? Would the pressure at depth make a seizure more likely? And if I did have one underwater, what would actually happen, could I drown?",
    focus: 'epilepsy',
    types: ['lifestyle', 'cause', 'complications'],
  },
  // why: "does eating all these greens mess with my warfarin" asks about the medicine with food (interactions)
  {
    message:
      "I am 72 and on warfarin for my heart valve. I spend most days down at my allotment and I'm forever eating the spinach and kale I grow, sometimes every day, sometimes not for a week. Does eating all these greens mess with my warfarin?",
    focus: 'warfarin',
    types: ['interactions'],
  },
  // why: "is it ok to get tattooed while I'm on it" asks a precaution with the medicine (contraindications); "could it be why my lips are so cracked" asks whether a problem comes from the medicine (side_effects)
  {
    subject: 'tattoo while on Accutane?',
    message:
      "Hi, I'm 4 months into a course of Accutane for my acne and I've booked a tattoo for my 21st birthday next month. Is it ok to get tattooed while I'm on it? Also my lips are so cracked they bleed and the skin on my hands is peeling, could that be from the Accutane?",
    focus: 'Accutane',
    types: ['contraindications', 'side_effects'],
  },
  // why: "could the altitude bring on a crisis" asks what brings on attacks (cause); "what can we do to stop him having one" asks prevention of crises
  {
    message:
      "My son has sickle cell disease (HbSS) and his school is organising a trekking trip in the Alps, going up to about 3000 metres. He really wants to go. Could the altitude bring on a crisis? What can we do to stop him having one while he's up there?",
    focus: 'sickle cell disease',
    types: ['cause', 'prevention'],
  },
  // why: "is it safe for him to fast" asks about religious fasting in daily life (lifestyle); "what happens if his sugar goes too low" asks complications; "how should he change his insulin doses" asks dose and timing (drug_usage)
  {
    subject: 'Ramadan and type 1',
    message:
      'Salam. My husband has type 1 diabetes and he insists on fasting this Ramadan like the rest of the family. Is it safe for him to fast at all? What happens if his sugar goes too low in the afternoon while he is fasting? And how should he change his insulin doses for suhoor and iftar?',
    focus: 'type 1 diabetes',
    types: ['lifestyle', 'complications', 'drug_usage'],
  },
  // why: "can I catch toxoplasmosis from my cats" asks whether someone can catch it (susceptibility)
  {
    message:
      "We just found out I'm pregnant!! We have two cats and I'm the one who does the litter tray. My mum says we have to rehome them because of toxoplasmosis and I'm in bits about it. Can I catch toxoplasmosis from my own cats?",
    focus: 'toxoplasmosis',
    types: ['susceptibility'],
  },
  // why: "does methotrexate make you burn more easily" asks side_effects; "is it alright to have a glass of wine with it" asks about alcohol with the medicine (interactions)
  {
    message:
      "I take methotrexate once a week for rheumatoid arthritis. I'm a keen gardener and in summer I'm out in the sun for hours. Does methotrexate make you burn more easily? And is it alright to have a glass of wine on the patio in the evening while I'm on it?",
    focus: 'methotrexate',
    types: ['side_effects', 'interactions'],
  },
  // why: "would splints or physio help so I can keep playing" asks about managing it (treatment)
  {
    subject: 'violin and EDS',
    message:
      "I'm 15 and I play violin in the county youth orchestra. I have hypermobile Ehlers-Danlos syndrome and my fingers and left wrist keep partly dislocating when I practise for more than half an hour. Would finger splints or physio help so I can keep playing?",
    focus: 'Ehlers-Danlos syndrome',
    types: ['treatment'],
  },
  // why: "is going weak in the heat a normal symptom of MS" asks whether a sign belongs to it (symptoms); "is it okay for him to keep using the sauna" asks about daily life (lifestyle)
  {
    message:
      'My partner was diagnosed with multiple sclerosis last year. We have a sauna at home that he used to love, but now after about ten minutes in it his legs go weak and his vision goes blurry. It wears off after an hour or so. Is going weak in the heat a normal symptom of MS? Is it okay for him to keep using the sauna?',
    focus: 'multiple sclerosis',
    types: ['symptoms', 'lifestyle'],
  },
  // why: "can you get a tattoo if you have psoriasis" asks lifestyle; "the needle can trigger new patches" asks what brings on flares (cause)
  {
    subject: 'tattoos and psoriasis',
    message:
      'can you get a tattoo if you have psoriasis?? ive had it on my elbows and scalp since i was a teen. someone at the studio said the needle can trigger new patches right where you got tattooed, is that true',
    focus: 'psoriasis',
    types: ['lifestyle', 'cause'],
  },
  // why: "is riding OK with the hay and dust" asks lifestyle; "any trials of new medicines for her mutation" asks research; "is there a support group" asks find_specialist
  {
    message:
      "My 10 year old has cystic fibrosis and she is completely horse mad. We've been offered a pony on loan at a local yard. Is riding OK for her with all the hay and dust in the stables? Are there any trials of new medicines for her mutation (she has two copies of a rare one, not F508del, so the new modulators don't work for her)? And is there a CF support group where she could meet other kids like her?",
    focus: 'cystic fibrosis',
    types: ['lifestyle', 'research', 'find_specialist'],
  },
  // why: "what are the symptoms in people" asks symptoms (name misspelled, so focus as written)
  {
    message:
      'I have kept African grey parrots for over 20 years. The vet has just told me one of my birds tested positive for psitacosis. What are the symptoms in people so I know what to look out for?',
    focus: 'psitacosis',
    types: ['symptoms'],
  },
  // why: "what causes it" asks cause; "is there anything I can take for it" asks treatment
  {
    subject: 'cold fingers at gigs',
    message:
      "I play bass in a covers band and the last couple of winters my fingers go white and then blue at outdoor gigs and I can't feel the strings. My GP mentioned Raynaud's phenomenon. What causes it? Is there anything I can take for it so I can get through a set?",
    focus: "Raynaud's phenomenon",
    types: ['cause', 'treatment'],
  },
  // why: "could that be what this is" asks diagnosis; "does Botox work for it" asks treatment; "will it spread to other things like writing" asks the course (prognosis)
  {
    message:
      'I am a retired accountant and a serious amateur pianist. Over the last year the ring and little fingers of my right hand curl under when I play fast passages, but only at the piano, never when I type or hold a cup. A friend who teaches music said it sounds like focal dystonia. Could that be what this is? Does Botox work for it? And will it spread to other things like writing?',
    focus: 'focal dystonia',
    types: ['diagnosis', 'treatment', 'prognosis'],
  },
  // why: "is that allowed with LQT1" asks about a hobby in daily life (lifestyle)
  {
    message:
      'Our 12-year-old was diagnosed with long QT syndrome (type 1) after he fainted at the swimming pool. He takes nadolol now. He loves snorkelling and wants to do a junior scuba course on our holiday in August. Is that allowed with LQT1?',
    focus: 'long QT syndrome',
    types: ['lifestyle'],
  },
  // why: "does the heat of the sauna bring on dangerous rhythms" asks what brings on attacks (cause); "should his kids be tested" asks whether relatives should be tested (diagnosis)
  {
    message:
      "My brother-in-law has Brugada syndrome. We are Finnish and the whole family goes to the sauna every Saturday, it's a big part of our life. We know fever is a problem for Brugada. Does the heat of the sauna also bring on dangerous rhythms? And should his two kids be tested?",
    focus: 'Brugada syndrome',
    types: ['cause', 'diagnosis'],
  },
  // why: "is it just eating them, or could he react from being near the plants or picking them" asks what brings on its attacks (cause)
  {
    message:
      "My grandson has G6PD deficiency. I grow broad beans in my vegetable patch every year and he loves helping me in the garden. Is it only eating them that's a problem, or could he react from being near the plants when they flower or from helping me pick them?",
    focus: 'G6PD deficiency',
    types: ['cause'],
  },
  // why: "can fasting trigger an attack" asks what brings on attacks (cause); "anything I can do to lower the risk" asks prevention of attacks
  {
    subject: 'Yom Kippur fast',
    message:
      'I have acute intermittent porphyria, diagnosed three years ago after a really bad attack that put me in hospital for two weeks. Yom Kippur is coming up and I have always fasted for the full 25 hours. Can fasting trigger an attack? If I do fast, is there anything I can do to lower the risk?',
    focus: 'acute intermittent porphyria',
    types: ['cause', 'prevention'],
  },
  // why: "any treatment that lets kids with EPP tolerate more sunlight" asks treatment; "will she grow out of it" asks the outlook (prognosis)
  {
    message:
      'Our daughter (9) has erythropoietic protoporphyria. She gets burning pain in her hands and face after just a few minutes in the sun. Her school has a gardening club after lessons that she would love to join. Is there any treatment that lets kids with EPP tolerate more sunlight? Will she grow out of it?',
    focus: 'erythropoietic protoporphyria',
    types: ['treatment', 'prognosis'],
  },
  // why: "does my Plaquenil need to be kept cool in that heat" asks about storing the medicine (storage_disposal)
  {
    subject: 'hiking trip',
    message:
      "I'm going on a 10 day backpacking trip in Arizona and temperatures will be over 100F most days. Does my Plaquenil need to be kept cool somehow, or will it be fine in my pack?",
    focus: 'Plaquenil',
    types: ['storage_disposal'],
  },
  // why: "do I need to increase my hydrocortisone" asks dose (drug_usage); "is it safe to climb at altitude with Addison's" asks lifestyle; "a doctor who advises people with adrenal problems" asks find_specialist
  {
    subject: "Kilimanjaro with Addison's",
    message:
      "I have Addison's disease and I'm planning to climb Kilimanjaro for charity next year. Do I need to increase my hydrocortisone when I'm trekking every day at altitude? Is it even safe to do a climb like this with Addison's? And is there a doctor anywhere who specialises in advising people with adrenal problems on expeditions? My endocrinologist has never been asked this before.",
    focus: "Addison's disease",
    types: ['drug_usage', 'lifestyle', 'find_specialist'],
  },
  // why: "what is Fabry disease" asks an overview (information); the sauna story is context
  {
    message:
      "What is Fabry disease? My cousin has just been diagnosed with it. She has always refused to come in the sauna with us because she says she doesn't sweat and her hands and feet burn, we all thought she was just being fussy.",
    focus: 'Fabry disease',
    types: ['information'],
  },
  // why: "is it safe to keep hill walking" asks lifestyle; "which gene is it" asks genetic_changes; "how rare is it" asks frequency
  {
    message:
      "I'm 34 and was finally told I have McArdle disease after years of cramps and dark urine on hill walks. I love walking in the Lakes with my dog. Is it safe to keep hill walking with it? Which gene is it? And how rare is it, I have never met anyone else who has it?",
    focus: 'McArdle disease',
    types: ['lifestyle', 'genetic_changes', 'frequency'],
  },
  // why: "can saunas or exercising in the heat set off a reaction, or only the anaesthetic gases" asks what brings it on (cause)
  {
    message:
      'My son is MH susceptible (malignant hyperthermia), we found out when his dad reacted to an anaesthetic. He has just joined a rowing club and the gym there has a sauna. Is it true that saunas or exercising in the heat can set off a reaction, or is it only the anaesthetic gases?',
    focus: 'malignant hyperthermia',
    types: ['cause'],
  },
  // why: "could this be sporotrichosis" asks whether signs could be it (diagnosis); "how is it treated" asks treatment
  {
    message:
      "I grow roses and I get pricked all the time. A few weeks ago I had a sore on my finger that wouldn't heal and now there is a line of red lumps going up my forearm. I googled it. Could this be sporotrichosis? How is it treated?",
    focus: 'sporotrichosis',
    types: ['diagnosis', 'treatment'],
  },
  // why: "does he have to give up his pigeons" asks about his hobby in daily life (lifestyle); "will his lungs get better" asks prognosis; "can it turn into fibrosis" asks complications
  {
    subject: 'pigeon racer with a cough',
    message:
      "My grandad has raced pigeons for over 50 years. He's been breathless and coughing for months and the chest doctor says it is hypersensitivity pneumonitis from the birds. Does he really have to give up his pigeons? They are his whole life. Will his lungs get better if he does? And can it turn into lung fibrosis?",
    focus: 'hypersensitivity pneumonitis',
    types: ['lifestyle', 'prognosis', 'complications'],
  },
  // why: "can a keloid be removed or flattened" asks treatment
  {
    message:
      'I get keloids from every little cut. I have a big one on my shoulder from an old chickenpox spot, right where I want my first tattoo to go. Can a keloid like that be removed or flattened?',
    focus: 'keloids',
    types: ['treatment'],
  },
  // why: "can I take an extra modafinil in the evening" asks dose and timing (drug_usage); "would it stop me sleeping afterwards" asks side_effects
  {
    message:
      "I'm an amateur astronomer and on clear nights I'm up till 4am at the telescope. I have narcolepsy and take modafinil in the mornings. Can I take an extra modafinil in the evening on observing nights to stay awake? Would it stop me sleeping afterwards when I finally go to bed?",
    focus: 'modafinil',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "when should I take my levothyroxine during Ramadan" asks timing (drug_usage)
  {
    subject: 'levothyroxine in Ramadan',
    message:
      "When should I take my levothyroxine during Ramadan? I normally take it first thing in the morning with water and wait before breakfast, but I won't be eating or drinking during the day.",
    focus: 'levothyroxine',
    types: ['drug_usage'],
  },
  // why: "what are the first signs" asks symptoms; "how can I avoid getting it" asks prevention
  {
    subject: 'tick bite on a hike',
    message:
      'I hike in the woods in Connecticut every weekend and yesterday I found a tick on the back of my knee. My wife is panicking about Lyme disease. What are the first signs I should watch for? And how can I avoid getting it on my hikes in future?',
    focus: 'Lyme disease',
    types: ['symptoms', 'prevention'],
  },
  // why: "what bubble test do I need" asks which test (diagnosis)
  {
    message:
      "I have HHT and I've booked a diving holiday in the Red Sea. Someone on a forum said people with HHT need to be checked for lung AVMs before diving, with some kind of bubble test. What test do I actually need to have?",
    focus: 'HHT',
    types: ['diagnosis'],
  },
  // why: "what are the chances it happens again" asks the course (prognosis); "is it safe to fly small planes" asks lifestyle; "could my smoking have had something to do with it" asks a named exposure as cause (association)
  {
    subject: 'PPL after collapsed lung',
    message:
      "I'm a private pilot (just for fun, weekends) and I had a spontaneous pneumothorax last year, treated with a chest drain. What are the chances it happens again? Is it safe for me to fly small unpressurised planes? And could my smoking have had something to do with it?",
    focus: 'spontaneous pneumothorax',
    types: ['prognosis', 'lifestyle', 'association'],
  },
  // why: "could it be essential tremor" asks diagnosis; "does it run in families" asks inheritance; "is there anything that helps" asks treatment
  {
    message:
      "I'm 66 and build model ships, very fine work with tweezers. Over the past two years my hands shake when I'm doing detailed bits, worse when I'm tired, but they are still when resting in my lap. Could it be essential tremor? Does it run in families? My father had shaky hands too. Is there anything that helps apart from giving up my hobby?",
    focus: 'essential tremor',
    types: ['diagnosis', 'inheritance', 'treatment'],
  },
  // why: "is it common for myasthenia gravis to affect your voice" asks whether a sign belongs to it (symptoms)
  {
    message:
      'Is it common for myasthenia gravis to affect your voice? I have sung soprano in our church choir for 30 years and lately my voice goes nasal and weak by the end of a long hymn.',
    focus: 'myasthenia gravis',
    types: ['symptoms'],
  },
  // why: "isn't riding risky for her bones" asks lifestyle; "will she keep breaking bones as she gets older" asks prognosis; "is there any funding for the lessons" asks costs (other)
  {
    message:
      "My granddaughter is 7 and has osteogenesis imperfecta type 1. She has had eleven fractures already. Her physio has suggested therapeutic riding to build up her strength. Isn't riding risky for her bones? Will she keep breaking bones as she gets older or does it settle down after puberty? And is there any funding for the lessons, they are expensive and her mum is on her own?",
    focus: 'osteogenesis imperfecta',
    types: ['lifestyle', 'prognosis', 'other'],
  },
  // why: "can pressure or hard physical work bring on HAE attacks" asks what brings on attacks (cause); "is it worth asking about a treatment to stop the attacks" asks prevention of attacks
  {
    message:
      'I have hereditary angioedema. I play trumpet in a brass band and I also have a big garden. My lips swell up after long rehearsals and my hands swell after a day of digging. Can pressure or hard physical work bring on HAE attacks? Is it worth asking my doctor about a treatment to stop the attacks happening in the first place?',
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention'],
  },
  // why: "can Down syndrome cause problems with the bones in the neck" asks another problem it can lead to (complications)
  {
    message:
      'My son has Down syndrome and wants to join a riding for the disabled group. They have asked for a neck check from his doctor before he can start. Can Down syndrome cause problems with the bones in the neck?',
    focus: 'Down syndrome',
    types: ['complications'],
  },
  // why: "what is propranolol for, and how does it stop the shaking" asks the same thing twice, what the medicine is for and how it works (indication); "can I take it if I have asthma" asks who should not take it (contraindications)
  {
    message:
      'I play cello in an amateur orchestra and I get terrible shaky hands before concerts. My desk partner takes propranolol before every performance. What is propranolol actually for and how does it stop the shaking? Can I take it if I have asthma?',
    focus: 'propranolol',
    types: ['indication', 'contraindications'],
  },
];
