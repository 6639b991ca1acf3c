/**
 * "neuro" set: 40 messages about brain, nerve and muscle conditions, common and rare, and their medicines:
 * symptoms, causes, tests, treatments, side effects, outlook, driving, work, pregnancy, families, trials
 * and specialist centres; from patients, carers and parents, some typed slowly in short sentences with
 * typos. Written by someone who had read neither the understanding or retrieval code nor any earlier set,
 * following the labeling guide (src/understand/README.md) and checking only that each focus is a name the
 * knowledge base holds. First scored before any change for it: focus 1.000, type F1 0.810. Scored by
 * neuro.test.ts and by `npx tsx test/understand/support/score-messages.ts --neuro --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const NEURO_MESSAGES: ConsumerMessage[] = [
  {
    // Typed slowly, misspelled name kept as written. "what causes it" = cause; "is there anything that works when the tablets stop working" = treatment. The apology is not a question.
    message:
      'hi. i have trigeminal nuralgia right side of face. pain like electric shock when i brush teeth or wind blows. what causes it. is there anything that works when the tablets stop working. sorry typing is hard',
    focus: 'trigeminal nuralgia',
    types: ['cause', 'treatment'],
  },
  {
    // Questions are about the medicine. "it can affect your blood, is that something I need to watch out for" = side_effects; "can I still have a glass of wine at the weekend" = interactions (alcohol).
    message:
      "My GP has started me on Tegretol for my face pain. Two things. I've read it can affect your blood, is that something I need to watch out for? And can I still have a glass of wine at the weekend?",
    focus: 'Tegretol',
    types: ['side_effects', 'interactions'],
  },
  {
    // "Does this sound like myasthenia gravis?" and "what tests would they do to confirm it" = diagnosis (one type, asked twice); "who should I be seeing, a neurologist or an eye doctor" = find_specialist.
    subject: 'Droopy eyelid and double vision',
    message:
      "I'm 34. For about two months my left eyelid droops by the evening and I get double vision when I'm tired or have been reading a long time. By the morning it's fine again. Sometimes chewing a steak makes my jaw ache and I have to stop. My optician mentioned myasthenia gravis and told me to see my GP. Does this sound like myasthenia gravis? What tests would they do to confirm it? And who should I be seeing about it, a neurologist or an eye doctor?",
    focus: 'myasthenia gravis',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "Should I take it before or after food" = drug_usage (timing); "stomach cramps and diarrhoea after a dose, is that from the tablets" = side_effects.
    message:
      'I take pyridostigmine 60mg four times a day for my myasthenia. Should I take it before or after food? I sometimes get stomach cramps and diarrhoea about half an hour after a dose, is that from the tablets?',
    focus: 'pyridostigmine',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "does that mean we are both carriers" and "could she have it too" (a sibling) = inheritance; "How rare is it" = frequency; "will he end up in a wheelchair" = prognosis; "is there a specialist clinic for children with FA" = find_specialist.
    message:
      'Our son Tom is 12 and was diagnosed with Friedreich ataxia last month, after he kept falling over and his teachers noticed his handwriting getting worse. Neither of us has anything like it and nobody in either family does. Does that mean we are both carriers? His sister is 8, could she have it too? How rare is it? None of the doctors at our local hospital had seen a case. And honestly, will he end up in a wheelchair? Is there a specialist clinic for children with FA anywhere in the UK?',
    focus: 'Friedreich ataxia',
    types: ['inheritance', 'frequency', 'prognosis', 'find_specialist'],
  },
  {
    // "Are there any clinical trials for adults with SMA type 3" = research.
    message: 'Are there any clinical trials for adults with SMA type 3? I am 29 and walk with sticks.',
    focus: 'SMA',
    types: ['research'],
  },
  {
    // "What treatments are there and which is best" = treatment; "will she be able to sit up and walk" = prognosis. The story about the screening is not a question.
    message:
      'Our baby girl (10 days old) was picked up on the newborn heel prick screening for spinal muscular atrophy. The hospital say she needs treatment quickly, before any symptoms start. What treatments are there and which is best for a baby this young? She looks completely normal to us now. Will she be able to sit up and walk?',
    focus: 'spinal muscular atrophy',
    types: ['treatment', 'prognosis'],
  },
  {
    // "Can I still drive with narcolepsy" and "can I keep doing my job" = lifestyle (driving, work; one type); "Does anything besides tablets help, like planned naps" = treatment.
    message:
      'I was diagnosed with narcolepsy with cataplexy at 22 and I work as a delivery driver. Can I still drive with narcolepsy, and can I keep doing my job? Does anything besides tablets help, like planned naps during the day?',
    focus: 'narcolepsy',
    types: ['lifestyle', 'treatment'],
  },
  {
    // "Is it safe to keep taking it while we are trying and during pregnancy" = contraindications; "is it ok for her to take her night dose after drinking" = interactions (alcohol).
    message:
      "My wife takes sodium oxybate at night for narcolepsy. We would like to try for a baby. Is it safe to keep taking it while we are trying and during pregnancy? Also she had two glasses of wine at a wedding on Saturday and didn't know what to do, is it ok for her to take her night dose after drinking?",
    focus: 'sodium oxybate',
    types: ['contraindications', 'interactions'],
  },
  {
    // Typed slowly by someone with a tremor; misspelling kept. "will my kids get it" = inheritance; "does anything help it" = treatment.
    message:
      'my hands shake all the time. docter says esential tremor. my dad had same. will my kids get it. typing is hard with it. does anything help it',
    focus: 'esential tremor',
    types: ['inheritance', 'treatment'],
  },
  {
    // "Is that the propranolol" (tiredness, cold hands) = side_effects; "I have mild asthma ... should I not be on it" = contraindications.
    message:
      'Propranolol was started for my tremor, 40mg twice a day. I feel so tired and my hands and feet are cold all the time. Is that the propranolol? I also have mild asthma and the pharmacist looked worried when she saw it, should I not be on it?',
    focus: 'Propranolol',
    types: ['side_effects', 'contraindications'],
  },
  {
    // Misspelled name kept as written. "Will he recover and walk again" and "How long does it usually take" = prognosis; "Could the stomach bug have caused it" = association (a named exposure asked as the cause).
    message:
      "My husband is 52. He had a stomach bug three weeks ago, then his feet went numb, and within a few days he couldn't stand. He's now in intensive care with gillian barre syndrome and is on a ventilator. They are giving him immunoglobulin through a drip. Will he recover and walk again? How long does it usually take? Could the stomach bug have caused it? I'm sorry if these are silly questions, I can't think straight.",
    focus: 'gillian barre syndrome',
    types: ['prognosis', 'association'],
  },
  {
    // "how would I know if the pressure is building up again, what are the signs" = symptoms; "Can he do swimming and football with school" = lifestyle.
    message:
      "My son has had a shunt for hydrocephalus since he was a baby, he's 7 now and doing well. The neurosurgery team said to bring him in if anything changes but how would I know if the pressure is building up again, what are the signs? Can he do swimming and football with school?",
    focus: 'hydrocephalus',
    types: ['symptoms', 'lifestyle'],
  },
  {
    // "Could it be that" (normal pressure hydrocephalus for dad's signs) = diagnosis; "is it treatable at his age" = treatment.
    message:
      "Dad is 78. Over the past year he walks as if his feet are glued to the floor, he's got forgetful and he has had accidents because he can't get to the toilet in time. The GP thinks it's just age or maybe Parkinson's. I read about normal pressure hydrocephalus online and it describes him exactly. Could it be that? And if it is, is it treatable at his age?",
    focus: 'normal pressure hydrocephalus',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "What are the chances the baby will have it" = inheritance; "Can CMT make the pregnancy or the birth more difficult" = complications (effect on a pregnancy).
    message:
      "I have Charcot-Marie-Tooth disease type 1A, like my mother. I'm 31 and 12 weeks pregnant with our first. What are the chances the baby will have it? Can CMT make the pregnancy or the birth more difficult for me?",
    focus: 'Charcot-Marie-Tooth disease',
    types: ['inheritance', 'complications'],
  },
  {
    // "Which gene causes it in most people" = genetic_changes; "is it worth me getting a gene test now" = diagnosis; "is it ok to go to the gym and lift weights" = lifestyle.
    subject: 'CMT and the gym',
    message:
      "Hi, I'm 45 and have CMT (never had a gene test, the diagnosis was from nerve conduction studies in the 90s). Which gene causes it in most people, and is it worth me getting a gene test now? Also is it ok to go to the gym and lift weights or will that wear my muscles out faster? Thanks",
    focus: 'CMT',
    types: ['genetic_changes', 'diagnosis', 'lifestyle'],
  },
  {
    // "What is riluzole actually for" and "does it slow things down" = indication (what it is for, how it works); "Are there side effects we should look out for" = side_effects.
    message:
      'What is riluzole actually for? My dad has just been put on it for ALS and nobody explained whether it slows things down or just helps symptoms. Are there side effects we should look out for?',
    focus: 'riluzole',
    types: ['indication', 'side_effects'],
  },
  {
    // "How long do people usually live with it" = prognosis; "could this be in the family and should the rest of us be worried" = inheritance (risk to relatives).
    message:
      'My brother has been diagnosed with amyotrophic lateral sclerosis at 48. How long do people usually live with it? Our grandad died of what the family called a wasting disease back in the 1970s. Could this be in the family and should the rest of us be worried?',
    focus: 'amyotrophic lateral sclerosis',
    types: ['prognosis', 'inheritance'],
  },
  {
    // "Are there other treatments ... deep brain stimulation" = treatment; "is there a dystonia specialist clinic in the North West" = find_specialist.
    message:
      "I've had cervical dystonia for five years, my head pulls to the left and my shoulder aches constantly. Botox every three months helps but only for about eight weeks. Are there other treatments? I've heard about deep brain stimulation. And is there a dystonia specialist clinic in the North West?",
    focus: 'cervical dystonia',
    types: ['treatment', 'find_specialist'],
  },
  {
    // "Is it normal to have trouble swallowing after Botox" and "How long will that last" = side_effects (one type).
    message:
      'Is it normal to have trouble swallowing after Botox in the neck? It started two days after my injections, food feels like it sticks. How long will that last?',
    focus: 'Botox',
    types: ['side_effects'],
  },
  {
    // "What gene changes cause dystonia" = genetic_changes; "will it keep spreading to other parts of her body" = prognosis.
    message:
      'Our daughter is 9 and has generalised dystonia. It started in her right foot last year and now her arm twists when she writes. The neurologist mentioned a gene called DYT1 and wants to test her. What gene changes cause dystonia? Will it keep spreading to other parts of her body?',
    focus: 'dystonia',
    types: ['genetic_changes', 'prognosis'],
  },
  {
    // "Can it cause problems with getting pregnant or with the birth" = complications (effect on fertility and pregnancy); "what are the chances our child would get it" = inheritance.
    message:
      "I'm 30 and have relapsing remitting multiple sclerosis, diagnosed three years ago and quite stable. My partner and I want to start a family next year. Can it cause problems with getting pregnant or with the birth? And what are the chances our child would get it too?",
    focus: 'multiple sclerosis',
    types: ['complications', 'inheritance'],
  },
  {
    // Typed slowly. "why does heat do that" = cause (what brings the symptoms on); "can i keep working full time" = lifestyle (work).
    message:
      'have MS 10 yrs. always tired. hot weather my legs go weak and vision blurs. why does heat do that. can i keep working full time or should i cut hours',
    focus: 'MS',
    types: ['cause', 'lifestyle'],
  },
  {
    // "Does it have to stay in the fridge the whole time" and "what do I do with the used syringes" = storage_disposal; "the pharmacy will only give me a month's supply ... can I get extra before I go" = other (supply, paperwork).
    subject: 'Travelling with injections',
    message:
      "I inject Copaxone three times a week and we're going to Spain for three weeks in August. Does it have to stay in the fridge the whole time? What do I do with the used syringes while I'm away? The pharmacy will only give me a month's supply at a time, can I get extra before I go?",
    focus: 'Copaxone',
    types: ['storage_disposal', 'other'],
  },
  {
    // "Is losing your sense of smell one of the signs" = symptoms; "Is there a scan or blood test that can confirm it" = diagnosis.
    message:
      "My husband is 64. His right hand shakes when he's resting, he's slower at everything and his writing has gone tiny. He lost his sense of smell a few years before all this. Is losing your sense of smell one of the signs of Parkinsons disease? Is there a scan or blood test that can confirm it?",
    focus: 'Parkinsons disease',
    types: ['symptoms', 'diagnosis'],
  },
  {
    // "his big protein meals might stop it working, is that true" = interactions (food); "What is the best time to take it around meals" = drug_usage.
    message:
      'Dad takes Sinemet four times a day. The nurse said his big protein meals at lunch might be stopping it working properly. Is that true? What is the best time for him to take it around meals?',
    focus: 'Sinemet',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "Can the tablets cause this" (gambling) = side_effects; "Should he just stop taking them" = drug_usage (stopping).
    message:
      'Since starting ropinirole my husband has spent hundreds of pounds on online betting, something he has never done in 30 years of marriage. Can the tablets cause this? Should he just stop taking them?',
    focus: 'ropinirole',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "When will I be allowed to drive" and "is it ok to drink on nights out" = lifestyle (driving, daily life; one type); "Will I have this forever or can it go away" = prognosis.
    message:
      "I'm 19 and had my first two seizures this year, now they say it's epilepsy. When will I be allowed to drive again? I'm at uni, is it ok to drink on nights out? Will I have this forever or can it go away?",
    focus: 'epilepsy',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "Is it safe for her" (breastfeeding on lamotrigine) = contraindications; "the combined pill can lower lamotrigine levels, is that right" = interactions.
    message:
      "I take lamotrigine 200mg a day for my seizures and I'm breastfeeding my 3 week old. Is it safe for her? My doctor also wants me to go back on the combined pill but I've heard it can lower lamotrigine levels, is that right?",
    focus: 'lamotrigine',
    types: ['contraindications', 'interactions'],
  },
  {
    // "Is this a known side effect" and "Does it settle down" = side_effects (one type); "does the liquid have anything in it like sugar or colouring" = ingredients.
    message:
      "My son is 6 and started Keppra liquid for seizures six weeks ago. He's like a different child, angry, screaming, hitting his sister. Is this a known side effect? Does it settle down after a while? And does the liquid have anything in it like sugar or colouring that could be making it worse?",
    focus: 'Keppra',
    types: ['side_effects', 'ingredients'],
  },
  {
    // "Could my contraceptive pill be bringing them on" = association (a named exposure asked as the cause); "What can I do to stop them happening so often" = prevention (preventing attacks).
    message:
      "I've had migraines since I was a teenager but now at 38 I get them ten or more days a month and I'm missing work. Could my contraceptive pill be bringing them on? What can I do to stop them happening so often?",
    focus: 'migraines',
    types: ['association', 'prevention'],
  },
  {
    // "How many sumatriptan can I take in one day" = drug_usage; "is it ok with sertraline" = interactions.
    message:
      "How many sumatriptan can I take in one day? And is it ok with sertraline? I saw something about serotonin syndrome and now I'm worried.",
    focus: 'sumatriptan',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "How does it work for migraine" = indication; "lose weight and get pins and needles, is that common" = side_effects.
    message:
      "My neurologist suggested topiramate to prevent my migraines but the leaflet says it's an anti-seizure medicine. How does it work for migraine? I've heard people lose weight and get pins and needles in their fingers on it, is that common?",
    focus: 'topiramate',
    types: ['indication', 'side_effects'],
  },
  {
    // "Is that a real treatment and how do I get it" (oxygen) = treatment; "does drinking alcohol during a bout set them off" = cause (what brings on attacks).
    subject: 'cluster headaches - is oxygen a thing?',
    message:
      '41 year old man. I get cluster headaches every autumn, two or three a day for about six weeks, worst pain you can imagine, behind my left eye. Someone on a forum said high flow oxygen works within minutes. Is that a real treatment and how do I get it? Also does drinking alcohol during a bout set them off? I swear a single beer does it.',
    focus: 'cluster headaches',
    types: ['treatment', 'cause'],
  },
  {
    // "Should I be tested to find out if I have the gene" = diagnosis; "is there genetic counselling, who do I talk to" = find_specialist.
    message:
      "My father has Huntington's disease. I'm 26 and I've been putting this off for years. Should I be tested to find out if I have the gene? I'm scared of the answer. Is there genetic counselling somewhere, who do I talk to before I decide?",
    focus: "Huntington's disease",
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "what are the chances a boy would have it too" (next baby) = inheritance; "Are there any new drugs or gene therapy trials he could join" = research.
    message:
      "Our son Alfie is 5 and has Duchenne muscular dystrophy. After his diagnosis they tested me and I'm a carrier. If we have another baby, what are the chances a boy would have it too? Are there any new drugs or gene therapy trials he could join?",
    focus: 'Duchenne muscular dystrophy',
    types: ['inheritance', 'research'],
  },
  {
    // "Why does it happen in pregnancy" = cause; "is there a link between low iron and restless legs" = association; "What can I safely do about it while pregnant" = treatment.
    message:
      "I'm 30 weeks pregnant and every night my legs feel crawly and I have to get up and walk about, I'm barely sleeping. The midwife said it's restless legs syndrome. Why does it happen in pregnancy? She wants to check my iron, is there a link between low iron and restless legs? What can I safely do about it while pregnant?",
    focus: 'restless legs syndrome',
    types: ['cause', 'association', 'treatment'],
  },
  {
    // Typed in a hurry, apostrophe left out. "will my face go back to normal" and "how long" = prognosis (one type).
    message:
      'woke up yesterday with half my face dropped. hospital said bells palsy not stroke thank god. will my face go back to normal. how long',
    focus: 'bells palsy',
    types: ['prognosis'],
  },
  {
    // "What is Lambert-Eaton myasthenic syndrome" = information; "Why would they look for cancer" (a link between the condition and lung cancer) = association.
    message:
      "What is Lambert-Eaton myasthenic syndrome? My aunt has just been told she has it after months of weak legs and a dry mouth, and now they want to scan her chest for lung cancer. Why would they look for cancer when it's her muscles that are the problem?",
    focus: 'Lambert-Eaton myasthenic syndrome',
    types: ['information', 'association'],
  },
  {
    // "Can it make me go blind" = complications; "is it more common in women who are overweight" = susceptibility (who is at risk).
    message:
      'I was diagnosed with idiopathic intracranial hypertension after weeks of headaches and my vision going grey when I stand up. The optician saw swelling at the back of both eyes. Can it make me go blind? The doctor kept mentioning my weight, is it more common in women who are overweight?',
    focus: 'idiopathic intracranial hypertension',
    types: ['complications', 'susceptibility'],
  },
];
