/**
 * "names" set: 40 messages from patients, parents, relatives and partners that name the condition the many
 * ways people do: older and eponymous names, lay names, abbreviations with and without explanation, inverted
 * names, missing apostrophes, plurals, 1-2 letter misspellings, names in parentheses after a description,
 * several names for one condition, and a second condition mentioned only as background. 5 messages are about
 * medicines named by brand or generic name (Tegretol, colchicine, Actigall, hydroxychloroquine,
 * pyridostigmine). 15 messages have a subject line.
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following
 * the labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once before anything was changed against it: focus 0.975, type F1 0.725 (see BENCHMARKS.md).
 * Scored by names.test.ts and by `npx tsx test/understand/support/score-messages.ts --names --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const NAMES_MESSAGES: ConsumerMessage[] = [
  {
    // "is it inherited ... could my son be a carrier" = inheritance; "do children break fewer bones as they get older" = prognosis.
    message:
      'Our grandson is 3 months old and has just been diagnosed with brittle bone disease after two fractures nobody could explain. Neither my son nor his wife has it as far as we know. Is it inherited, and could my son be a carrier without knowing? And do children with it usually break fewer bones as they get older?',
    focus: 'brittle bone disease',
    types: ['inheritance', 'prognosis'],
  },
  {
    // "is surgery to take out the extra bone ever done" = treatment; "any clinical trials" = research.
    subject: 'Stone man syndrome',
    message:
      "Hello, my cousin's little boy in Brazil has been diagnosed with fibrodysplasia ossificans progressiva (FOP) - the family calls it 'stone man syndrome'. The doctors there told them not to let anyone do a biopsy or remove the lumps on his back. Is surgery to take out the extra bone ever done? Are there any clinical trials that children can join?",
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['treatment', 'research'],
  },
  {
    // "what causes this" = cause; "will it keep getting worse or does it stop" = prognosis.
    message:
      "My referral letter from the dermatologist says 'hemifacial atrophy, progressive' and she also mentioned Parry-Romberg. I'm 24 and the left side of my face has been thinning for two years, mostly the cheek and under the eye. What causes this? Will it keep getting worse or does it stop at some point?",
    focus: 'hemifacial atrophy, progressive',
    types: ['cause', 'prognosis'],
  },
  {
    // "can I or my sister get it too" = inheritance (chance a relative gets it).
    subject: 'Lou Gehrigs disease in my father',
    message:
      'my dad (61) was diagnosed last month. nobody else in the family ever had it as far as we know. can me or my sister get it too?',
    focus: 'Lou Gehrigs disease',
    types: ['inheritance'],
  },
  {
    // "can I catch it from him" = susceptibility; "what are the early signs" = symptoms.
    message:
      "A colleague at my warehouse job was just diagnosed with Hansen's disease. I had to google it and found out it's leprosy!! We share a break room and sometimes the same gloves. Can I catch it from him? What are the early signs I should watch for?",
    focus: "Hansen's disease",
    types: ['susceptibility', 'symptoms'],
  },
  {
    // "what treatments are there for the heavy periods" = treatment; "should she be tested too" = diagnosis.
    message:
      'I (19F) was finally diagnosed with von Willebrands type 1 after years of heavy periods and nosebleeds that nobody took seriously. What treatments are there for the heavy periods? My younger sister has exactly the same problem - should she be tested too?',
    focus: 'von Willebrands',
    types: ['treatment', 'diagnosis'],
  },
  {
    // "is it OK for him to keep playing soccer" = lifestyle; "which gene is it in type 1A" = genetic_changes.
    message:
      'Our 11 yo son has CMT (Charcot-Marie-Tooth), type 1A we were told. He is desperate to keep playing soccer with his team. Is it OK for him to keep playing, or will it wear his muscles out faster? And which gene is affected in type 1A?',
    focus: 'CMT',
    types: ['lifestyle', 'genetic_changes'],
  },
  {
    // "is there a link between EDS and POTS" = association; "is pilates or swimming safe" = lifestyle.
    subject: 'hEDS and POTS',
    message:
      "I'm 29 and was diagnosed with hypermobile EDS (hEDS) last year, and now a cardiologist says I also have POTS. Is there a link between EDS and POTS? I keep reading that they go together. Also, is pilates or swimming safe for my joints, or should I avoid both?",
    focus: 'EDS',
    types: ['association', 'lifestyle'],
  },
  {
    // "did the stomach bug cause this" = cause; "will he be able to walk normally again" = prognosis.
    message:
      "My husband got Guillian Barre about 3 weeks after he had a stomach bug. He is in rehab now and can't walk without a frame. He is also diabetic, which the doctors say is well controlled. Did the stomach bug cause this? Will he be able to walk normally again?",
    focus: 'Guillain-Barre syndrome',
    types: ['cause', 'prognosis'],
  },
  {
    // "could I have it" = diagnosis; "what kind of doctor should I see" = find_specialist.
    message:
      "My mother had Osler-Weber-Rendu (she just called it 'the family nosebleeds'). I'm 34 and I get nosebleeds several times a week and I have a few little red spots on my lips and fingers. Could I have it too? If so, what kind of doctor should I see? My GP had never heard of it.",
    focus: 'Osler-Weber-Rendu',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "how common is it" = frequency; "what is the chance her own children would have it" = inheritance.
    message:
      "My grandmother always called it von Recklinghausen's disease; now my daughter's doctors say NF1. Same thing, I gather. How common is it? My daughter is 20 now and wants to know what the chance is that her own children would have it.",
    focus: "von Recklinghausen's disease",
    types: ['frequency', 'inheritance'],
  },
  {
    // "is the wobbliness and sleepiness from the tablets" = side_effects; "OK to have a glass of wine" = interactions.
    subject: 'Tegretol question',
    message:
      "I've just been put on Tegretol for tic douloureux (the stabbing face pain, trigeminal neuralgia). I'm a bit wobbly and sleepy since starting - is that from the tablets? Also, am I OK to have a glass of wine with dinner while I'm on it?",
    focus: 'Tegretol',
    types: ['side_effects', 'interactions'],
  },
  {
    // "what caused it" = cause; "can it cause heart problems later on" = complications; "can she do sports and swimming" = lifestyle; "could her baby brother get it" = susceptibility.
    message:
      "Our daughter (4) was in hospital with Kawasaki disease - the discharge letter says 'mucocutaneous lymph node syndrome', which confused us at first. She had the immunoglobulin drip and seems fine now. What caused it in the first place? Can it cause heart problems later on? Is she allowed to do sports and swimming at nursery like normal? And could her baby brother catch it from her? He has asthma, if that matters.",
    focus: 'Kawasaki disease',
    types: ['cause', 'complications', 'lifestyle', 'susceptibility'],
  },
  {
    // "can it affect the kidneys even in remission" = complications; "anything I can do to stop it flaring up again" = prevention.
    subject: 'Wegeners granulomatosis',
    message:
      "I was diagnosed 2 years ago with what my consultant still calls Wegeners granulomatosis, although all the leaflets say GPA now. I'm in remission after rituximab. Can it still affect my kidneys while I'm in remission? Is there anything I can do to stop it from flaring up again?",
    focus: 'Wegeners granulomatosis',
    types: ['complications', 'prevention'],
  },
  {
    // "how quickly does it usually progress" = prognosis; "treatments being researched" = research.
    message:
      'Our son Mateo is 4 and was diagnosed in March with CLN2, a form of Batten disease (neuronal ceroid lipofuscinosis type 2). He had started having seizures and losing words he used to say. How quickly does it usually progress? Are there treatments being researched besides the enzyme infusions into the brain?',
    focus: 'CLN2',
    types: ['prognosis', 'research'],
  },
  {
    // "can my pregnant daughter catch it" = susceptibility; "how long does the pain last" = prognosis; "can a vaccine stop it coming back" = prevention.
    message:
      "My dad (72) has shingles (herpes zoster) across his chest. My daughter is 5 months pregnant and was planning to stay with him next week. Can she catch it from him? How long does the pain usually last? And once he's better, can he get a vaccine so it doesn't come back?",
    focus: 'shingles',
    types: ['susceptibility', 'prognosis', 'prevention'],
  },
  {
    // "will he get proper bowel control" = prognosis; "what are the chances it happens again" (next baby) = inheritance.
    subject: "Hirschprung's disease - next baby?",
    message:
      'Our first son had surgery for it at 2 weeks old (a pull-through). He is 3 now and still has lots of accidents and bouts of constipation. Will he get proper bowel control as he grows? We would also like another baby - what are the chances it happens again?',
    focus: "Hirschsprung's disease",
    types: ['prognosis', 'inheritance'],
  },
  {
    // "is it contagious" = susceptibility.
    message:
      "I have Behcets disease - mouth and genital ulcers, sore red eyes now and then. My new partner is worried it's something you can pass on by kissing or sex. Is it contagious?",
    focus: 'Behcets disease',
    types: ['susceptibility'],
  },
  {
    // "what is this disease" = information; "is it connected to her diabetes" = association; "what can be done for the spasms" = treatment.
    subject: 'stiff-man syndrome?',
    message:
      'My aunt (52) was told she has stiff-man syndrome, or stiff person syndrome as the neurologist corrected himself. She gets terrible spasms in her back and legs, especially when someone startles her. What is this disease? She has had type 1 diabetes for years - is there a connection between the two? What can be done for the spasms?',
    focus: 'stiff person syndrome',
    types: ['information', 'association', 'treatment'],
  },
  {
    // "what is it exactly" = information; "will she be able to talk and walk" = prognosis.
    message:
      'Our niece was born last week and the geneticist said she has cri du chat (5p minus syndrome). None of us had ever heard of it. What is it exactly? Will she be able to talk and walk later on?',
    focus: '5p minus syndrome',
    types: ['information', 'prognosis'],
  },
  {
    // "how long do babies with it usually live" = prognosis; "higher chance in a future pregnancy" = inheritance.
    subject: 'T18 result at 20 weeks',
    message:
      "Our amnio came back showing trisomy 18, Edwards' syndrome. We are devastated. If we continue the pregnancy, how long do babies with it usually live? And is there a higher chance of it happening again in a future pregnancy?",
    focus: "Edwards' syndrome",
    types: ['prognosis', 'inheritance'],
  },
  {
    // "give the missed doses now or carry on" = drug_usage; "is grapefruit juice a problem" = interactions; "bottle left in a hot car, still OK" = storage_disposal.
    message:
      'My son (9) takes colchicine every day for FMF (familial Mediterranean fever). He was at summer camp and the counselors forgot to give it to him for two days. Should we give him the missed doses now or just carry on as normal? He also loves grapefruit juice - is that a problem with colchicine? And the bottle was left in a hot car for a few days on the way back, is it still OK to use?',
    focus: 'colchicine',
    types: ['drug_usage', 'interactions', 'storage_disposal'],
  },
  {
    // "could the contraceptive pill have caused it" = cause.
    message:
      "Diagnosed with idiopathic intracranial hypertension at 27 - my older neurologist called it pseudotumor cerebri and said 'don't worry, it's not a real tumour'. Could the contraceptive pill I've been on for years have caused it?",
    focus: 'idiopathic intracranial hypertension',
    types: ['cause'],
  },
  {
    // "what is it actually for" = indication; "could the hair thinning be from it" = side_effects; "how long will I have to stay on it" = drug_usage.
    subject: 'Actigall',
    message:
      "I have PBC (primary biliary cirrhosis, now renamed cholangitis apparently) and was started on Actigall 3 months ago. My pharmacist said it's a gallstone medicine, so what is it actually for in my case? My hair seems to be thinning too - could that be from it? How long will I have to stay on it?",
    focus: 'Actigall',
    types: ['indication', 'side_effects', 'drug_usage'],
  },
  {
    // "could that be what I have" = diagnosis; "what kind of specialist diagnoses it" = find_specialist.
    message:
      "I'm 48, post-menopausal, and for years I've had lots of fatty lumps on my arms, thighs and tummy that really hurt when touched. My GP says lipomas don't hurt. I read about adiposis dolorosa, also called Dercum's disease. Could that be what I have? What kind of specialist would diagnose it?",
    focus: 'adiposis dolorosa',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "is the dark morning urine part of PNH" = symptoms; "does PNH turn into leukemia" = complications; "any trials of pills" = research.
    subject: 'PNH',
    message:
      'on infusions every 2 weeks. is the dark pee first thing in the morning part of PNH even on treatment? does PNH ever turn into leukemia? any trials of pills instead of the IV?',
    focus: 'PNH',
    types: ['symptoms', 'complications', 'research'],
  },
  {
    // "can the medicine actually hurt my eyes" = side_effects; "safe to take while nursing" = contraindications.
    message:
      "I have SLE and take Plaquinil (hydroxychloroquine) 200mg twice a day. My rheumatologist wants me to see an eye doctor every year - can the medicine actually hurt my eyes? I'm also 6 weeks postpartum and breastfeeding. Is it safe to keep taking while nursing?",
    focus: 'hydroxychloroquine',
    types: ['side_effects', 'contraindications'],
  },
  {
    // "are the cramps and diarrhea the drug" = side_effects; "with food or before meals" = drug_usage; "does the tablet contain lactose" = ingredients.
    message:
      "Writing for my mother who has myasthenia gravis. Her neurologist started her on pyridostigmine (the box says Mestinon) last week. Since then she's had stomach cramps and diarrhea. Is that the drug? Should she take it with food or before meals? And does the tablet contain lactose? She is lactose intolerant.",
    focus: 'pyridostigmine',
    types: ['side_effects', 'drug_usage', 'ingredients'],
  },
  {
    // "what exactly is this disease" = information; "could she still develop it, could I have inherited it" = inheritance; "should I get a genetic test" = diagnosis.
    subject: 'Huntingtons chorea in the family',
    message:
      "Going through family papers I found my late grandfather's death certificate, which says 'Huntington's chorea'. No one ever talked about it. What exactly is this disease? My mother is 58 and seems well - could she still develop it, and could I have inherited it from her? Should I get a genetic test?",
    focus: "Huntington's chorea",
    types: ['information', 'inheritance', 'diagnosis'],
  },
  {
    // "is the strep what caused it" = cause; "will the movements go away on their own" = prognosis.
    message:
      "My mum (a retired nurse) says my 8 year old's jerky movements and clumsiness are 'St Vitus dance'; the paediatrician called it Sydenham chorea. He had strep throat about two months ago. Is the strep what caused it? Will the movements go away on their own?",
    focus: 'St Vitus dance',
    types: ['cause', 'prognosis'],
  },
  {
    // "is there a link between the two" = association; "should my children be tested" = diagnosis.
    message:
      "I was diagnosed with coeliac disease at 35. I've had type 1 diabetes since I was a child. Is there a link between the two? And should my two children be tested for coeliac even though they have no symptoms?",
    focus: 'coeliac disease',
    types: ['association', 'diagnosis'],
  },
  {
    // "is Tourettes genetic" = inheritance.
    message:
      "Is Tourettes genetic? My son's tics started at 7 (blinking, sniffing, now a little shout) and my husband had lots of 'nervous habits' as a kid.",
    focus: 'Tourette syndrome',
    types: ['inheritance'],
  },
  {
    // "how common is it in our community" = frequency; "which gene is tested" = genetic_changes; "is the screening covered by insurance" = other.
    subject: 'Gaucher carrier screening',
    message:
      'My partner and I are both Ashkenazi Jewish and his brother has Gauchers (type 1). How common is it in our community? Which gene do they look at for carrier screening? Is the screening usually covered by insurance?',
    focus: 'Gaucher disease',
    types: ['frequency', 'genetic_changes', 'other'],
  },
  {
    // "is the tiredness part of it" = symptoms; "does it raise the risk of lymphoma" = complications; "what helps with the dry mouth" = treatment.
    subject: "Sjorgen's syndrome and lymphoma?",
    message:
      "I was told last month I have Sjorgen's syndrome - very dry eyes and mouth. I'm also exhausted all the time, is the tiredness part of it? I read online that it raises the risk of lymphoma. Is that true? And what actually helps with the dry mouth, I keep getting cavities.",
    focus: "Sjogren's syndrome",
    types: ['symptoms', 'complications', 'treatment'],
  },
  {
    // "will she ever breathe on her own when asleep" = prognosis; "can she go to a normal daycare" = lifestyle.
    message:
      "Our daughter, 10 months, has CCHS (congenital central hypoventilation syndrome) - my grandmother calls it Ondine's curse after reading about it. She's on a ventilator at night through her trach. Will she ever be able to breathe on her own when asleep? Can she go to a normal daycare?",
    focus: 'CCHS',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "is there a test that can confirm it" = diagnosis.
    message:
      'I think I might have fish odour syndrome (trimethylaminuria). People at work make comments even though I shower twice a day and change my clothes at lunch. Is there a test that can confirm it?',
    focus: 'fish odour syndrome',
    types: ['diagnosis'],
  },
  {
    // "will she ever walk" = prognosis; "gene therapy trials" = research.
    subject: 'Angleman syndrome',
    message:
      "An old paediatric textbook my mother-in-law found calls it 'happy puppet syndrome', which I find horrible. Our daughter is 2 and has Angelman syndrome (deletion type). She can't sit unsupported yet. Will she ever walk? I've heard about gene therapy - are there trials we could look into?",
    focus: 'Angelman syndrome',
    types: ['prognosis', 'research'],
  },
  {
    // "is basketball safe with his heart" = lifestyle; "what heart problems does Marfans cause" = complications.
    message:
      "My 15 year old was first thought to have Loeys-Dietz, but the genetic testing showed Marfans syndrome instead. He's very tall and wants to try out for the basketball team. Is that safe with his heart? What heart problems does Marfans cause?",
    focus: 'Marfans syndrome',
    types: ['lifestyle', 'complications'],
  },
  {
    // "how is NMO told apart from MS" = diagnosis; "is there a support group" = find_specialist.
    message:
      "I have Devic's disease (neuromyelitis optica, NMO). For two years I was treated for MS before the aquaporin-4 antibody test came back positive. How is NMO told apart from MS? Is there a support group for people with it? I feel very alone.",
    focus: "Devic's disease",
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "is there a link between migraines and stroke" = association; "anything I can do to have fewer attacks" = prevention.
    subject: 'Migraine and stroke',
    message:
      'I get migraines with aura about twice a month. My sister just had a small stroke at 38 and it frightened me. Is there a link between migraines and stroke? Is there anything I can do to have fewer attacks?',
    focus: 'migraines',
    types: ['association', 'prevention'],
  },
];
