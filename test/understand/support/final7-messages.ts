/**
 * "final7" set: a final, mixed set of 40 messages in every style people write in: short and long, careful
 * and messy, lower case with no punctuation, several questions run together, a question only in the subject
 * line. Writers are parents, patients, relatives, friends, teenagers, professionals asking for patients and
 * people whose first language is not English; some are follow-ups, about a fifth are about medicines, some
 * about common conditions, some name two conditions where only one is asked about, and a few ask about a
 * link between two. Written by someone who had read neither the understanding or retrieval code nor any
 * earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus is
 * a name the knowledge base holds. Scored once, at the start of the round that wrote it, and never tuned
 * on: focus 1.000, type F1 0.737 (see BENCHMARKS.md). Scored by final7.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --final7 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL7_MESSAGES: ConsumerMessage[] = [
  {
    // The only question is in the subject line: "Is Marfan syndrome hereditary?" = inheritance. The body is story and thanks.
    subject: 'Is Marfan syndrome hereditary?',
    message:
      'My husband was diagnosed last month after his eye doctor found a dislocated lens. We have two boys aged 6 and 9. Thank you in advance.',
    focus: 'Marfan syndrome',
    types: ['inheritance'],
  },
  {
    // "some kids in our class say you can catch it if you sit next to him thats not true right" = susceptibility (whether someone can catch it).
    message:
      'my best friend has tourette syndrome and some kids in our class say you can catch it if you sit next to him thats not true right',
    focus: 'tourette syndrome',
    types: ['susceptibility'],
  },
  {
    // "She can take two in the evening together?" = drug_usage (missed dose); "it is true it give problem for the stomach" = side_effects. Diabetes is only story.
    message:
      'Hello, my mother take metformin 500 mg two times in day. Sometime she forget the morning tablet. She can take two in the evening together? Also it is true it give problem for the stomach, she have diarrhea almost every day since she start.',
    focus: 'metformin',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "Is there anything we can do at home to stop them happening so often?" = prevention (preventing crises/attacks).
    message:
      'Our son is 7 and has sickle cell disease. Since the summer he has had three pain crises and ended up in hospital twice, the last time for four days. He hates missing school and we hate seeing him like that. Is there anything we can do at home to stop them happening so often?',
    focus: 'sickle cell disease',
    types: ['prevention'],
  },
  {
    // "What are the chances we get it too" = inheritance; "is there a test that can tell us now" = diagnosis; "Is there anything that slows it down" = treatment; "are there any trials" = research.
    subject: 'Dad just diagnosed',
    message:
      "My dad has just been told he has Huntingtons desease. He is 52 and has been getting clumsy and moody for a couple of years, we thought it was stress. I'm 24 and my sister is 20. What are the chances we get it too, and is there a test that can tell us now before we have any signs? Is there anything that slows it down for him? And are there any trials he could join? Sorry for all the questions, we are all in shock.",
    focus: 'Huntingtons desease',
    types: ['inheritance', 'diagnosis', 'treatment', 'research'],
  },
  {
    // "is that still true?" (children with it don't live past 30) = prognosis; "any new drugs being tested that she might be able to get into" = research; "is there a good CF clinic anywhere near Leeds" = find_specialist.
    message:
      'Dear Sir or Madam,\n\nI am writing about my granddaughter, Isla, who was born in April. She was diagnosed with cystic fibrosis after the heel prick test, and the hospital confirmed it with a sweat test a few weeks later. My daughter and son-in-law are coping as best they can but they do not want to read anything online, so I have been doing the reading for them. I read that children with cystic fibrosis do not usually live past 30. Is that still true today? I also read about new drugs. Are there any new drugs being tested that she might be able to get into when she is older? Lastly, is there a good CF clinic anywhere near Leeds, as they are not happy with the hospital they have been sent to.\n\nWith many thanks,\nMargaret',
    focus: 'cystic fibrosis',
    types: ['prognosis', 'research', 'find_specialist'],
  },
  {
    // "Does lupus make it harder to get pregnant, or cause problems for the baby?" = complications (a condition's effect on fertility or a pregnancy); one question in two halves.
    message:
      "I've had lupus for 8 years, mostly under control now. My husband and I want to start trying for a baby next year. Does lupus make it harder to get pregnant, or cause problems for the baby?",
    focus: 'lupus',
    types: ['complications'],
  },
  {
    // "there's a connection between type 1 and coeliac disease. Is there?" = association; "should we ask for her to be tested" = diagnosis. Type 1 diabetes is the condition she already has; the questions are about coeliac disease.
    message:
      "My daughter has had type 1 diabetes since she was 4. For months now her tummy has been bad and she's lost weight even though she eats well. A mum at the diabetes clinic told me there's a connection between type 1 and coeliac disease. Is there? And should we ask for her to be tested?",
    focus: 'coeliac disease',
    types: ['association', 'diagnosis'],
  },
  {
    // Follow-up. "Can it still damage his heart even now the fever has gone?" = complications.
    subject: 'Re: Kawasaki disease',
    message:
      'Thank you for your reply last week about Kawasaki disease. Our son is home now after the IVIG and he is eating again. The cardiologist wants to see him for another echo in 6 weeks. Can it still damage his heart even now the fever has gone?',
    focus: 'Kawasaki disease',
    types: ['complications'],
  },
  {
    // "what actually happens if i come off the diet" = complications (what happens when it is not treated). "is it true nothing bad happens" asks the same thing again.
    message:
      'im 17 and have had pku my whole life. my friend who also has it stopped the diet when she turned 18 and says she feels fine. what actually happens if i come off the diet as an adult, is it true nothing bad happens',
    focus: 'pku',
    types: ['complications'],
  },
  {
    // Professional asking for a patient: "whether the condition is likely to get worse over time or whether it tends to settle" = prognosis.
    message:
      'I am a practice nurse writing on behalf of a patient, a 34-year-old woman recently diagnosed with generalised myasthenia gravis. She has asked me whether the condition is likely to get worse over time or whether it tends to settle, and I would like to give her accurate information.',
    focus: 'myasthenia gravis',
    types: ['prognosis'],
  },
  {
    // "Should I be tested for HHT too?" = diagnosis. Nosebleeds are named, but the question is about HHT.
    message:
      "My mum and my grandad both get really bad nosebleeds and my mum was told last year she has HHT. I'm 15 and I get nosebleeds too, a few times a week, sometimes at school. Should I be tested for HHT too?",
    focus: 'HHT',
    types: ['diagnosis'],
  },
  {
    // Non-native writer. "How much people have this Gaucher disease?" = frequency.
    message:
      'Good morning. The son of my neighbour have diagnosis of Gaucher disease, he is 6 years. Nobody in our village know this illness before. How much people have this Gaucher disease? It is very rare one? Thank you.',
    focus: 'Gaucher disease',
    types: ['frequency'],
  },
  {
    // "what is the change in the gene exactly" = genetic_changes; "could the new baby have it as well?" = inheritance.
    message:
      "My nephew (4) has fragile X syndrome. The genetic report says 'full mutation, more than 200 CGG repeats in FMR1'. What does that mean, what is the change in the gene exactly? My sister is pregnant again and really worried, could the new baby have it as well?",
    focus: 'fragile X syndrome',
    types: ['genetic_changes', 'inheritance'],
  },
  {
    // "Does the liquid amoxicillin ... need to be kept in the fridge?" = storage_disposal.
    subject: 'amoxicillin liquid',
    message:
      "Does the liquid amoxicillin for my 2 year old need to be kept in the fridge? The pharmacy label got wet and I can't read it.",
    focus: 'amoxicillin',
    types: ['storage_disposal'],
  },
  {
    // "is it ok to have a few drinks at a wedding" = interactions (alcohol); "is it normal to feel more anxious at the start" = side_effects.
    message:
      'been on sertraline 50mg for 3 weeks for anxiety. is it ok to have a few drinks at my cousins wedding on saturday?? also is it normal to feel MORE anxious at the start, the last week has been awful',
    focus: 'sertraline',
    types: ['interactions', 'side_effects'],
  },
  {
    // "Would it be ok to take it at bedtime instead?" = drug_usage (timing); "does it contain lactose?" = ingredients.
    message:
      "Hi, two quick questions about levothyroxine. I keep forgetting to take it in the morning because I'm rushing to get the kids out. Would it be ok to take it at bedtime instead? And does it contain lactose? I'm lactose intolerant and my stomach has been playing up.",
    focus: 'levothyroxine',
    types: ['drug_usage', 'ingredients'],
  },
  {
    // "How long will he be able to walk for?" = prognosis (whether someone will walk). Pleas and story are not questions.
    message:
      "Our son Leo is 5 and was diagnosed with Duchenne muscular dystrophy in March. He still runs around, a bit clumsily, and falls over a lot. How long will he be able to walk for? We're trying to prepare ourselves and the rest of the family. Please be honest with us.",
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis'],
  },
  {
    // Non-native. "This problem with reading is from the NF1 also?" = symptoms (whether a sign belongs to it); "What the school can do for help her?" = lifestyle (school).
    message:
      'Good day. My daughter 8 years have neurofibromatosis type 1. She have many brown spots on the skin since baby. Now the teacher say she have big problem to learn reading and to sit still in class. This problem with reading is from the NF1 also? What the school can do for help her?',
    focus: 'neurofibromatosis type 1',
    types: ['symptoms', 'lifestyle'],
  },
  {
    // "What actually causes it?" = cause; "can I catch it from him?" = susceptibility.
    message:
      'My partner has psoriasis on his elbows and scalp, it flares up really badly in winter. What actually causes it? And be honest, can I catch it from him? My mum keeps asking.',
    focus: 'psoriasis',
    types: ['cause', 'susceptibility'],
  },
  {
    // "Is there a vaccine for shingles, and should I have it?" = prevention (one question about preventing it).
    message:
      "I'm 62 and my sister just had shingles, she was in agony. Is there a vaccine for shingles, and should I have it?",
    focus: 'shingles',
    types: ['prevention'],
  },
  {
    // The question is only in the subject line: "what should I eat during a flare" = lifestyle (diet).
    subject: "Crohn's disease - what should I eat during a flare",
    message: 'Diagnosed in January, on my second flare now. Everything I eat goes straight through me.',
    focus: "Crohn's disease",
    types: ['lifestyle'],
  },
  {
    // Non-native. "How they can be sure it is this? What tests he need?" = diagnosis (how it is confirmed), one question in other words.
    message:
      "My brother is 19. Since one year his liver tests are not good and now his hand is shaking when he hold a cup. The doctor in hospital said maybe it is Wilson's disease. How they can be sure it is this? What tests he need?",
    focus: "Wilson's disease",
    types: ['diagnosis'],
  },
  {
    // Misspelled (hemochromatosis). "is it the kind of thing you can treat just by giving blood" = treatment.
    message:
      'my ferritin came back at 900 and the gp thinks its hemochromotosis. is it the kind of thing you can treat just by giving blood',
    focus: 'hemochromotosis',
    types: ['treatment'],
  },
  {
    // "Is it safe for the baby?" = contraindications (pregnancy). Epilepsy is story; the question is about the medicine.
    message:
      "I take lamotrigine 200mg a day for epilepsy and I've just found out I'm 7 weeks pregnant (not planned). Is it safe for the baby? I'm scared to stop it because I haven't had a seizure in 3 years.",
    focus: 'lamotrigine',
    types: ['contraindications'],
  },
  {
    // "Could the flu jab have caused it?" = association (a named exposure asked as its cause); "will she get back to normal" = prognosis (whether someone will recover).
    message:
      'My aunt (58) got Guillain-Barre syndrome about two weeks after her flu jab. She was in intensive care for a while and is now in rehab learning to walk again. Could the flu jab have caused it? And will she get back to normal?',
    focus: 'Guillain-Barre syndrome',
    types: ['association', 'prognosis'],
  },
  {
    // "what is sarcoidosis" = information.
    message: 'what is sarcoidosis? my uncle has it in his lungs',
    focus: 'sarcoidosis',
    types: ['information'],
  },
  {
    // "Can I still have a glass of wine at the weekend?" = interactions (alcohol). Rheumatoid arthritis is story.
    message:
      "I've been started on methotrexate once a week for rheumatoid arthritis. Can I still have a glass of wine at the weekend, or is that a no?",
    focus: 'methotrexate',
    types: ['interactions'],
  },
  {
    // Follow-up. "Will she be able to have children one day?" = complications (the condition's effect on fertility).
    subject: 'Follow up - Turner syndrome',
    message:
      "Thanks for the information you sent about Turner syndrome last month, it helped a lot. Our daughter is 11 and has been on growth hormone for two years. She has started asking questions herself now and we don't know what to tell her. Will she be able to have children one day?",
    focus: 'Turner syndrome',
    types: ['complications'],
  },
  {
    // "Is the hunger part of the syndrome?" = symptoms (whether a sign belongs to it); "Is there a clinic or a doctor in the Midwest who specializes in it?" = find_specialist.
    message:
      'Our grandson Mason is 6 and has Prader-Willi syndrome. He is ALWAYS hungry. We have had to put locks on the fridge and the pantry, and last week he took food out of the trash can at school. His parents are exhausted and so are we when he stays over. Is the hunger part of the syndrome? We thought it might be behavioral. Is there a clinic or a doctor in the Midwest who specializes in it? The pediatrician admits he has only seen one other case.',
    focus: 'Prader-Willi syndrome',
    types: ['symptoms', 'find_specialist'],
  },
  {
    // "is it true that red meat and shellfish bring on his gout attacks?" = cause (what brings on its attacks). Type 2 diabetes is named but not asked about.
    message:
      'My husband has gout in his big toe again, third time this year. He also has type 2 diabetes if that matters. Is it true that red meat and shellfish bring on his gout attacks?',
    focus: 'gout',
    types: ['cause'],
  },
  {
    // "Where are the specialists for this in Ireland?" and "is there a support group for parents?" = find_specialist (asked twice, one type).
    message:
      'Our baby girl was born yesterday and her skin peels off wherever the nurses touch her. The doctors think it is epidermolysis bullosa but they are waiting for a dermatologist. Where are the specialists for this in Ireland? And is there a support group for parents? We are frightened.',
    focus: 'epidermolysis bullosa',
    types: ['find_specialist'],
  },
  {
    // "Is it safe for her to go trekking at altitude with Addison's disease?" = lifestyle (travel, daily life).
    message:
      "My sister has Addison's disease and takes hydrocortisone and fludrocortisone. She is booked on a three week trekking trip in Nepal in October. Is it safe for her to go trekking at altitude with Addison's disease?",
    focus: "Addison's disease",
    types: ['lifestyle'],
  },
  {
    // "Can prednisone make you gain weight and stop you sleeping?" = side_effects. Asthma is only why it was prescribed.
    message:
      "Can prednisone make you gain weight and stop you sleeping? I'm on 40mg for a week for my asthma and I'm awake at 3am every night.",
    focus: 'prednisone',
    types: ['side_effects'],
  },
  {
    // "Is it normal that it affects his hearing too?" = symptoms; "why it only seems to affect the men in our family and not me or my sister" = inheritance.
    message:
      'My son is 14 and has Alport syndrome, like my brother and my late father. He now wears hearing aids. Is it normal that it affects his hearing too? And can someone explain why it only seems to affect the men in our family and not me or my sister?',
    focus: 'Alport syndrome',
    types: ['symptoms', 'inheritance'],
  },
  {
    // Non-native. "can you explain me what is Angelman syndrome?" = information.
    message:
      'Please, can you explain me what is Angelman syndrome? The doctor write this on the paper for my son but the translation I do not understand. He is 2 years and not talking, always he is laughing.',
    focus: 'Angelman syndrome',
    types: ['information'],
  },
  {
    // "Is there a connection between EDS and POTS, or is it just bad luck?" = association; "should my kids be checked for Ehlers-Danlos" = diagnosis (should someone be tested). POTS is named, the main subject is EDS.
    message:
      'I was diagnosed with hypermobile Ehlers-Danlos syndrome at 30 after years of dislocations. Now a cardiologist says I probably have POTS as well. Is there a connection between EDS and POTS, or is it just bad luck? And should my kids be checked for Ehlers-Danlos? My 9 year old is very bendy.',
    focus: 'Ehlers-Danlos syndrome',
    types: ['association', 'diagnosis'],
  },
  {
    // "does it really cause depression" = side_effects.
    message:
      'my dermatologist wants to put me on accutane for my acne. does it really cause depression?? my cousin was on it and said it made her really low',
    focus: 'accutane',
    types: ['side_effects'],
  },
  {
    // Follow-up. "how does hydroxychloroquine work for joints if it is a malaria drug?" = indication (how a medicine works).
    subject: 'Re: my earlier question',
    message:
      "Thanks for getting back to me. One more thing I didn't understand: my mum's rheumatologist has put her on hydroxychloroquine for her joints, but I always thought that was a malaria drug. How does hydroxychloroquine work for joints if it is a malaria drug?",
    focus: 'hydroxychloroquine',
    types: ['indication'],
  },
  {
    // "Is there any cure for SMA now?" = treatment; "would insurance actually pay for it" = other (insurance).
    message:
      'our baby was diagnosed with SMA type 1 at 5 weeks. is there any cure for SMA now, we heard about a gene therapy that costs millions of dollars. would insurance actually pay for it',
    focus: 'SMA',
    types: ['treatment', 'other'],
  },
];
