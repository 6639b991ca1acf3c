/**
 * "stroke" set. Messages about stroke, brain injury and rare brain conditions (after a stroke and its medicines,
 * TIA, aneurysm, moyamoya disease, CADASIL, cavernous malformations, head injury, aphasia). Written by someone
 * who had read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.903). Scored by stroke.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --stroke --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const STROKE_MESSAGES: ConsumerMessage[] = [
  // why: "ok to keep taking ibuprofen with the clopidogrel" asks about a medicine taken with another medicine (interactions)
  {
    subject: 'clopidogrel and ibuprofen',
    message:
      'My dad was put on clopidogrel after his stroke last month. He has bad knees and has always taken ibuprofen for them. Is it ok for him to keep taking ibuprofen with the clopidogrel?',
    focus: 'clopidogrel',
    types: ['interactions'],
  },
  // why: "what exactly is a TIA" asks information; "how do we stop it happening again" asks prevention
  {
    message:
      'My husband had a TIA on Sunday. His arm went numb and his speech was slurred for about 20 minutes, then everything came back. The hospital sent him home the same night. What exactly is a TIA and how do we stop it happening again?',
    focus: 'TIA',
    types: ['information', 'prevention'],
  },
  // why: "might my brother and I have it" asks inheritance; "which gene" asks genetic_changes; "any treatment that slows it down" asks treatment
  {
    message:
      'My mother was diagnosed with CADASIL at 52 after several small strokes. The neurologist said it is genetic. Does this mean my brother and I might have it too? Which gene is it? And is there any treatment that slows it down?',
    focus: 'CADASIL',
    types: ['inheritance', 'genetic_changes', 'treatment'],
  },
  // why: "hospitals that specialize in moyamoya surgery in children" asks for expert centers (find_specialist)
  {
    subject: 'moyamoya in my daughter',
    message:
      'Our 6 year old daughter was just diagnosed with moyamoya disease after she had weakness down her left side when she cried hard. The doctors are talking about revascularization surgery. Are there hospitals that specialize in moyamoya surgery in children?',
    focus: 'moyamoya disease',
    types: ['find_specialist'],
  },
  // why: "could the atorvastatin be causing the muscle pain" asks side_effects; "take it in the morning instead of at night" asks timing (drug_usage)
  {
    message:
      "I'm 68, had a small stroke in March and was started on atorvastatin 40 mg. Since then my legs ache all the time, especially my thighs. Could the atorvastatin be causing the muscle pain? Can I take it in the morning instead of at night?",
    focus: 'atorvastatin',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "will he ever be able to talk normally again" asks whether he will recover (prognosis)
  {
    message:
      "My grandfather had a stroke two months ago and now he can't find his words. He knows what he wants to say but the wrong words come out and he gets so frustrated. The doctor called it aphasia. Will he ever be able to talk normally again?",
    focus: 'aphasia',
    types: ['prognosis'],
  },
  // why: "what is a cavernous malformation" asks information; "can it bleed" asks about a problem it can lead to (complications)
  {
    subject: 'found on my MRI',
    message:
      'I had an MRI for headaches and they found a cavernous malformation in my brainstem, about 8 mm. Nobody really explained anything to me. What is a cavernous malformation and can it bleed?',
    focus: 'cavernous malformation',
    types: ['information', 'complications'],
  },
  // why: "stop eating spinach" asks food with the medicine (interactions); "can warfarin cause bruising" asks side_effects; "what if she forgets a dose" asks drug_usage
  {
    message:
      'Hi, my wife is on warfarin because of atrial fibrillation, she had a stroke last year. She loves her greens and has a spinach salad every day. Does she have to stop eating spinach? Can warfarin cause the bruising she has on her arms? And what should she do if she forgets a dose?',
    focus: 'warfarin',
    types: ['interactions', 'side_effects', 'drug_usage'],
  },
  // why: "should I be screened for a brain aneurysm" asks whether a relative should be tested (diagnosis)
  {
    subject: 'aneurysms in the family',
    message:
      'My sister died from a ruptured brain aneurysm at 44 and our aunt had one clipped years ago. Should I be screened for a brain aneurysm?',
    focus: 'brain aneurysm',
    types: ['diagnosis'],
  },
  // why: "is this a concussion" asks whether his signs could be it (diagnosis); "when can he go back to playing" asks about sport (lifestyle)
  {
    message:
      "My son (15) took a hard knock to the head playing rugby on Saturday. He didn't pass out but he's had headaches and he's been foggy and irritable ever since. Is this a concussion? When can he go back to playing?",
    focus: 'concussion',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: "is it contagious" asks whether someone can catch it (susceptibility)
  {
    message: 'my nephew has moya moya and my kids play with him every weekend. is it contagious??',
    focus: 'moya moya',
    types: ['susceptibility'],
  },
  // why: "does he need to stop the Eliquis before the extraction" asks stopping a medicine (drug_usage); "can Eliquis do that" asks whether the swelling comes from the medicine (side_effects)
  {
    subject: 'Eliquis before dental work',
    message:
      'My father has been on Eliquis since his stroke and he needs two teeth pulled next week. Does he need to stop the Eliquis before the extraction, and for how long? Also his ankles have been swelling lately, can Eliquis do that?',
    focus: 'Eliquis',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "what causes a stroke in someone my age" asks cause; "go back to work as a teacher" asks lifestyle; "should my brothers and sisters get checked" asks whether relatives should be tested (diagnosis)
  {
    message:
      "I'm 34 and had a stroke three weeks ago. Everyone keeps telling me I'm too young for this. What causes a stroke in someone my age? Will I be able to go back to work as a teacher? Should my brothers and sisters get checked?",
    focus: 'stroke',
    types: ['cause', 'lifestyle', 'diagnosis'],
  },
  // why: "what is it actually for" asks what the medicine is for (indication); the misspelled name is the focus as written
  {
    message:
      'Dr put my mum on clopidogrol 75mg after her mini stroke. what is it actually for? she has never been on anything like this before',
    focus: 'clopidogrol',
    types: ['indication'],
  },
  // why: "chance our baby will have CADASIL" asks inheritance; "start getting symptoms at the same age as my dad" asks the course (prognosis)
  {
    subject: 'CADASIL and having kids',
    message:
      "I carry the NOTCH3 mutation for CADASIL (my father has it). I'm 29, no symptoms yet, and my partner and I want to start a family. What is the chance our baby will have CADASIL? And will I start getting symptoms at the same age as my dad did?",
    focus: 'CADASIL',
    types: ['inheritance', 'prognosis'],
  },
  // why: "why do all stroke patients get put on statins" asks what the medicine is for (indication)
  {
    message:
      'Why do all stroke patients get put on statins even if their cholesterol is normal? Mine was 4.2 and they still gave me one.',
    focus: 'statins',
    types: ['indication'],
  },
  // why: "is this normal after a brain injury" asks whether the signs belong to it (symptoms); "will it get better with time" asks prognosis; "therapies that help with memory" asks treatment
  {
    subject: 'after the car accident',
    message:
      'My partner was in a car crash in January and had a traumatic brain injury. Physically he is mostly recovered but his personality has changed, he is short tempered and forgets everything. Is this normal after a traumatic brain injury? Will it get better with time? Are there any therapies that help with memory?',
    focus: 'traumatic brain injury',
    types: ['symptoms', 'prognosis', 'treatment'],
  },
  // why: "which gene causes" asks genetic_changes; "should my other two kids have an MRI" asks whether relatives should be tested (diagnosis)
  {
    message:
      'Three people in my family have cavernous malformations in the brain, including my 10 year old son who had a seizure last month. Which gene causes familial cerebral cavernous malformations? Should my other two kids have an MRI?',
    focus: 'familial cerebral cavernous malformations',
    types: ['genetic_changes', 'diagnosis'],
  },
  // why: "what does nimodipine do" asks what the medicine is for / how it works (indication)
  {
    message:
      'My brother is in the ICU after a subarachnoid hemorrhage from an aneurysm. They are giving him nimodipine every 4 hours. What does nimodipine do?',
    focus: 'nimodipine',
    types: ['indication'],
  },
  // why: "eat grapefruit while on Lipitor" asks food with the medicine (interactions); "taken with food" asks how to take it (drug_usage)
  {
    message: 'Can I eat grapefruit while on Lipitor? And does Lipitor have to be taken with food?',
    focus: 'Lipitor',
    types: ['interactions', 'drug_usage'],
  },
  // why: "is there a support group for people with aphasia" asks find_specialist
  {
    subject: 'support for aphasia',
    message:
      "My wife has aphasia after her stroke and she feels very isolated because she can't keep up with conversations anymore. Is there a support group for people with aphasia and their families?",
    focus: 'aphasia',
    types: ['find_specialist'],
  },
  // why: "how common is moyamoya disease outside Asia" asks frequency; "can I still exercise" asks lifestyle; "any research on medicines instead of surgery" asks research
  {
    message:
      "I'm a 41 year old woman and was diagnosed with moyamoya disease after a TIA. I've read it is mostly seen in Japan and Korea, but I'm Irish. How common is moyamoya disease outside Asia? Can I still exercise, I used to run 5k three times a week? And is there any research on medicines instead of surgery?",
    focus: 'moyamoya disease',
    types: ['frequency', 'lifestyle', 'research'],
  },
  // why: "warning signs of a stroke" asks symptoms; "at higher risk because he smokes" asks susceptibility; "what should I do if I think he is having one" asks what to do for it (treatment)
  {
    message:
      'What are the warning signs of a stroke? My dad lives alone and I want to know what to look out for. Is he at higher risk because he still smokes? And what should I do if I think he is having one?',
    focus: 'stroke',
    types: ['symptoms', 'susceptibility', 'treatment'],
  },
  // why: "is Xarelto safe if I get pregnant" asks contraindications; "need to be on it for life" asks how long to take it / stopping (drug_usage)
  {
    subject: 'Xarelto and pregnancy',
    message:
      "I'm 36 and had a stroke from a clot after a long flight. I'm on Xarelto now. We were hoping to have another baby. Is Xarelto safe if I get pregnant? Will I need to be on it for life?",
    focus: 'Xarelto',
    types: ['contraindications', 'drug_usage'],
  },
  // why: "what signs should I watch for tonight" asks the signs of a head injury getting worse (symptoms)
  {
    message:
      'My 82 year old mother fell in the kitchen this morning and hit the counter. The GP says it is a minor head injury and she seems fine now. What signs should I watch for tonight?',
    focus: 'head injury',
    types: ['symptoms'],
  },
  // why: "what is vascular dementia" asks information; "how long do people usually live with it" asks life expectancy (prognosis)
  {
    message:
      'Since his second stroke my grandpa has become very confused and the doctor mentioned vascular dementia. What is vascular dementia, and how long do people usually live with it?',
    focus: 'vascular dementia',
    types: ['information', 'prognosis'],
  },
  // why: "what is Brilinta for and how is it different" asks indication; "what are its side effects" asks side_effects; "once or twice a day" asks dose timing (drug_usage)
  {
    subject: 'switching to Brilinta',
    message:
      'My cardiologist wants to switch me from Plavix to Brilinta because I had a second TIA while on Plavix. What is Brilinta for and how does it work differently? What are its side effects? Do I take it once or twice a day?',
    focus: 'Brilinta',
    types: ['indication', 'side_effects', 'drug_usage'],
  },
  // why: "shouldn't it be coiled or clipped" asks about surgery for it (treatment)
  {
    message:
      "They found a 4 mm unruptured brain aneurysm on a scan I had after a car accident. The neurosurgeon says they will just watch it. Shouldn't it be coiled or clipped?",
    focus: 'brain aneurysm',
    types: ['treatment'],
  },
  // why: "are the hiccups part of Wallenberg syndrome" asks whether a sign belongs to it (symptoms); "will the swallowing get better" asks recovery (prognosis)
  {
    message:
      'My husband had a stroke in the brainstem that they called Wallenberg syndrome. He has trouble swallowing, hiccups constantly and one side of his face is numb. Are the hiccups part of Wallenberg syndrome? Will the swallowing get better?',
    focus: 'Wallenberg syndrome',
    types: ['symptoms', 'prognosis'],
  },
  // why: "how do the doctors confirm a TIA" asks diagnosis
  {
    subject: 'TIA test',
    message:
      'How do the doctors confirm a TIA if all the symptoms are already gone by the time you get to the hospital?',
    focus: 'TIA',
    types: ['diagnosis'],
  },
  // why: "can Keppra cause mood changes" asks side_effects; "ok to stop it" asks stopping a medicine (drug_usage)
  {
    message:
      "My mom started having seizures after her stroke and now she takes Keppra. She has been crying a lot and snapping at everyone. Can Keppra cause mood changes? Is it ok to stop it if she hasn't had a seizure in 6 months?",
    focus: 'Keppra',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "what is Sturge-Weber syndrome" asks information; "are seizures part of it" asks whether a sign belongs to it (symptoms); "is there a cure" asks treatment
  {
    message:
      'Our baby girl was born with a port wine stain on her forehead and the doctors think it might be Sturge-Weber syndrome. We had never heard of it. What is Sturge-Weber syndrome? Are seizures part of it? Is there a cure?',
    focus: 'Sturge-Weber syndrome',
    types: ['information', 'symptoms', 'treatment'],
  },
  // why: "can the pill really cause a stroke" asks about a named exposure as its cause (association)
  {
    message:
      "I'm 27 and had a stroke last year. My neurologist thinks my birth control pill might have played a part. Can the pill really cause a stroke?",
    focus: 'stroke',
    types: ['association'],
  },
  // why: "will he be able to walk and talk normally" asks prognosis; "specialists or support groups" asks find_specialist
  {
    subject: 'our grandson',
    message:
      'Our grandson is in hospital and the doctors say he has shaken baby syndrome. We are devastated. Will he be able to walk and talk normally when he grows up? Are there specialists or support groups for families going through this?',
    focus: 'shaken baby syndrome',
    types: ['prognosis', 'find_specialist'],
  },
  // why: "a couple of beers on the weekend while on simvastatin" asks alcohol with the medicine (interactions)
  {
    message: 'Is it ok to have a couple of beers on the weekend while on simvastatin?',
    focus: 'simvastatin',
    types: ['interactions'],
  },
  // why: "was his blood pressure really the cause" asks a link between two conditions (association); "what can he do so this doesn't happen again" asks prevention
  {
    message:
      "My father had a hemorrhagic stroke in May and the doctors said it was from years of untreated high blood pressure. Was his blood pressure really the cause? What can he do so this doesn't happen again?",
    focus: 'hemorrhagic stroke',
    types: ['association', 'prevention'],
  },
  // why: "what is the outlook" asks prognosis; "any therapy that can bring back movement" asks treatment; "any research going on" asks research
  {
    subject: 'locked-in syndrome',
    message:
      'My cousin had a massive stroke in the basilar artery and now has locked-in syndrome. He can only move his eyes. What is the outlook for locked-in syndrome? Is there any therapy that can bring back movement? Is there any research going on?',
    focus: 'locked-in syndrome',
    types: ['prognosis', 'treatment', 'research'],
  },
  // why: "could this be primary progressive aphasia" asks whether her signs could be it (diagnosis); "is it the same thing as the aphasia after a stroke" asks whether two conditions are the same (information)
  {
    message:
      "My mother's speech has been slowly getting worse for two years, she can't find her words anymore. Her scans show no stroke. Could this be primary progressive aphasia? Is it the same thing as the aphasia people get after a stroke?",
    focus: 'primary progressive aphasia',
    types: ['diagnosis', 'information'],
  },
  // why: "how do I get rid of them safely" asks disposal of a medicine (storage_disposal)
  {
    subject: 'leftover tablets',
    message:
      'My late husband was on apixaban and we have two full boxes left over. How do I get rid of them safely?',
    focus: 'apixaban',
    types: ['storage_disposal'],
  },
  // why: "does Crestor contain lactose" asks ingredients; "is there a cheaper generic" asks cost (other); "take it with my fish oil" asks interactions
  {
    message:
      "I've been prescribed Crestor after my TIA. Does Crestor contain lactose? I'm very intolerant. Is there a cheaper generic version? And can I take it with my fish oil capsules?",
    focus: 'Crestor',
    types: ['ingredients', 'other', 'interactions'],
  },
];
