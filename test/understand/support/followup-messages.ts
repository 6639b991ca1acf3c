/**
 * "followup" set: people writing back to the information desk after an earlier reply, after a doctor's
 * appointment or a new test result, or forwarding/quoting a line from a clinic letter or report; some correct
 * an earlier message, and some mention the earlier condition while asking about a new one (the focus is the
 * one asked about). 4 messages are about medicines the doctor prescribed (pyridostigmine, Plaquenil,
 * acetazolamide, ursodiol). 13 messages have a subject line; in some the condition is named only there.
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following
 * the labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once before anything was changed against it: focus 1.000, type F1 0.658 (see BENCHMARKS.md).
 * Scored by followup.test.ts and by `npx tsx test/understand/support/score-messages.ts --followup --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FOLLOWUP_MESSAGES: ConsumerMessage[] = [
  {
    // "is that from the pyridostigmine" = side_effects; "should he take two at teatime" after a missed dose = drug_usage.
    subject: 'Re: myasthenia gravis enquiry',
    message:
      'Thank you for the information you sent about myasthenia gravis last month, it helped us a lot. The neurologist has now started my husband on pyridostigmine 60mg three times a day. About half an hour after each tablet he gets stomach cramps and has to run to the toilet. Is that from the pyridostigmine? Also he is a builder and sometimes misses the lunchtime dose - should he just take two at teatime?',
    focus: 'pyridostigmine',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "will she be able to do PE and dancing" = lifestyle; "what causes it" = cause.
    message:
      'Sorry, I need to correct my message from yesterday. I wrote that my daughter (11) has Perthes disease but I got the names mixed up. The surgeon actually said slipped capital femoral epiphysis, in her left hip, and they are pinning it on Friday. Will she be able to do PE and dancing again afterwards? And what causes it? She never fell or hurt herself.',
    focus: 'slipped capital femoral epiphysis',
    types: ['lifestyle', 'cause'],
  },
  {
    // "what is NMO" = information; "does she need a different treatment" = treatment.
    message:
      'Hello again. When I wrote in the spring my sister had just been told she has MS. The neurologist now says it is neuromyelitis optica rather than MS, because a blood test came back aquaporin-4 antibody positive. What actually is NMO? And why would they stop her MS injections, does she need a completely different treatment now?',
    focus: 'neuromyelitis optica',
    types: ['information', 'treatment'],
  },
  {
    // "explain what it is" = information; "will it go away eventually" = prognosis; "what problems can it lead to" = complications.
    subject: "Mum's letter from the rheumatologist",
    message:
      'You were very helpful when I asked about my mother\'s aching shoulders. We now have a copy of the clinic letter to her GP, which says: "Impression: polymyalgia rheumatica. Commence prednisolone 15 mg od, review in 6/52. Advised re GCA red flags." Could you explain in plain English what polymyalgia rheumatica is? Will it go away eventually or is it for life? And the "red flags" - what problems can it lead to that we should watch out for?',
    focus: 'polymyalgia rheumatica',
    types: ['information', 'prognosis', 'complications'],
  },
  {
    // "what does MGUS mean" = information; "does she need any treatment" = treatment.
    message:
      "Follow-up to my question about my mum's anaemia in February. Her blood tests now show a 'paraprotein' and the haematologist wrote MGUS in the letter. What does MGUS mean? Does she need any treatment for it?",
    focus: 'MGUS',
    types: ['information', 'treatment'],
  },
  {
    // "why eye checks, what can it do to the eyes" = side_effects; "do I have to come off it before a baby" = contraindications.
    subject: 'Plaquenil questions',
    message:
      "Thank you for your reply about Sjogren's syndrome. My rheumatologist has now started me on Plaquenil 200mg twice a day. The pharmacist said I will need eye checks every year - why, what can it do to the eyes? Also my husband and I are hoping to try for a baby next year. Do I have to come off it first?",
    focus: 'Plaquenil',
    types: ['side_effects', 'contraindications'],
  },
  {
    // "can my kids be tested for it" = diagnosis.
    message:
      "Thanks for the leaflet on HHT. One more thing: can my kids (6 and 9) be tested for it now even though they don't have nosebleeds yet?",
    focus: 'HHT',
    types: ['diagnosis'],
  },
  {
    // "chemotherapy as well or is surgery enough" = treatment; "can it come back afterwards" = prognosis.
    subject: 'biopsy result - Castleman disease',
    message:
      "You answered my question about lymphoma in March. The biopsy of my brother's neck node came back and it is not lymphoma after all, they are calling it unicentric Castleman's. They want to take out the whole node. Will he need chemotherapy as well or is the surgery enough? Can it come back afterwards?",
    focus: "unicentric Castleman's",
    types: ['treatment', 'prognosis'],
  },
  {
    // "is there a link between EDS and POTS" = association; "anything the school can do to help her get through the day" = lifestyle.
    message:
      'Last year you sent me information about Ehlers-Danlos syndrome, which my daughter Ella (15) has. Now after a tilt table test the cardiologist says she also has POTS. Is there a link between EDS and POTS? She keeps nearly fainting in class - is there anything the school can do to help her get through the day?',
    focus: 'POTS',
    types: ['association', 'lifestyle'],
  },
  {
    // "how do they tell the two apart" = diagnosis; "will the levodopa still help" = treatment; "how long do people live" = prognosis.
    message:
      "Dear team, my father (71) was diagnosed with Parkinson's two years ago and you kindly sent us information then. His neurologist now thinks it is PSP, progressive supranuclear palsy, not Parkinson's, because of his falls backwards and the trouble he has moving his eyes up and down. How do they tell the two apart? Will the levodopa still help him at all? And how long do people usually live with it? We want to plan properly for him and my mother.",
    focus: 'progressive supranuclear palsy',
    types: ['diagnosis', 'treatment', 'prognosis'],
  },
  {
    // "is this the acetazolamide" = side_effects; "OK with my contraceptive pill", "a glass of wine with it" = interactions.
    message:
      'Hi, you helped me last autumn when I was diagnosed with IIH. The eye clinic has now put my acetazolamide up to 500mg twice a day. Since then my fingers and toes tingle all the time and Coke tastes flat and metallic. Is this the acetazolamide? Is it OK to take with my contraceptive pill? And can I have a glass of wine with it at the weekend?',
    focus: 'acetazolamide',
    types: ['side_effects', 'interactions'],
  },
  {
    // "how many hours apart from cholestyramine" = interactions; "take for life or can I stop" = drug_usage.
    subject: 'Re: PBC',
    message:
      'Thank you for the helpful reply on primary biliary cholangitis. My hepatologist has prescribed ursodiol 300mg twice daily. I also take cholestyramine for the itching and the pharmacist said something about keeping them apart. How many hours apart should they be? And is ursodiol something I take for life, or can I stop once my liver tests are normal?',
    focus: 'ursodiol',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "what is a syrinx and what would it have meant" = complications; "does she need an operation" = treatment.
    subject: 'MRI report',
    message:
      'Her MRI report says "findings consistent with Chiari 1 malformation, tonsillar ectopia 7 mm, no syrinx". The neurosurgeon said no syrinx was good news but we didn\'t like to ask. What is a syrinx and what would it have meant if she had one? Does she need an operation?',
    focus: 'Chiari 1 malformation',
    types: ['complications', 'treatment'],
  },
  {
    // "chances my children have it" = inheritance; "gene test now or wait" = diagnosis.
    message:
      'Thank you for your answer about hypertrophic cardiomyopathy last month. My genetic test has come back with a pathogenic variant in MYBPC3. What are the chances my children have it too? Should they have the gene test now or wait until they are older?',
    focus: 'hypertrophic cardiomyopathy',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "any trials of new treatments" = research.
    message:
      'Re my email last week about CIDP, I forgot to ask: are there any trials of new treatments going on in the UK at the moment?',
    focus: 'CIDP',
    types: ['research'],
  },
  {
    // "stop eating red meat and drinking" = lifestyle; "chances my brother has it" = inheritance.
    message:
      'Follow up from my previous email. My ferritin was 1,200 and the gene test shows I am C282Y homozygous, so the GP says haemochromatosis. Do I need to stop eating red meat and drinking? What are the chances my brother has it as well?',
    focus: 'haemochromatosis',
    types: ['lifestyle', 'inheritance'],
  },
  {
    // "does that mean I definitely have alpha-1" = diagnosis; "any treatment apart from inhalers" = treatment.
    message:
      'The letter from the chest clinic says "PiZZ phenotype, serum A1AT 0.3 g/L". Does that mean I definitely have alpha-1? I gave up smoking ten years ago. Is there any treatment apart from inhalers, like the infusions I have read about?',
    focus: 'alpha-1',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "is it catching" = susceptibility; "carry on working as a baker" = lifestyle.
    message:
      'hi again, after the chest CT and the bronchoscopy the consultant says its sarcoidosis not TB like they first thought. is it catching?? my wife is pregnant. and will i be able to carry on working as a baker with all the flour dust',
    focus: 'sarcoidosis',
    types: ['susceptibility', 'lifestyle'],
  },
  {
    // "could she have inherited it from me", "what about him" = inheritance; "treatment that helps the heart" = treatment.
    message:
      "I wrote to you in the summer about my thick heart muscle. The cardiologist ordered an enzyme test and a gene test and both came back positive for Fabry disease. My daughter is 12 - could she have inherited it from me (I'm her father)? My son is 9, what about him? Is there a treatment that helps the heart?",
    focus: 'Fabry disease',
    types: ['inheritance', 'treatment'],
  },
  {
    // "can he go back to football and swimming" = lifestyle; "should his younger sister be checked for it" = diagnosis.
    subject: 'Re: Moyamoya disease',
    message:
      'Thanks so much for your reply in the spring. Our son had the bypass surgery on both sides in June and is recovering well. Can he go back to football and swimming? And should his younger sister be checked for it?',
    focus: 'Moyamoya disease',
    types: ['lifestyle', 'diagnosis'],
  },
  {
    // "gluten free for life" = lifestyle; "can it cause other problems later if he cheats" = complications.
    message:
      "Thank you for your reply about my son's dermatitis herpetiformis. The blood test and the gut biopsy have now confirmed coeliac disease as well. Does coeliac disease mean he has to be gluten free for life, even though his tummy is fine? Can it cause other problems later on if he cheats at birthday parties?",
    focus: 'coeliac disease',
    types: ['lifestyle', 'complications'],
  },
  {
    // "does beer really bring it on" = cause; "how do I stop having more attacks" = prevention.
    message:
      'Dear all, thanks for your reply about my swollen big toe. Turns out it was gout after all (uric acid 9.8). Does beer really bring it on? How do I stop having more attacks?',
    focus: 'gout',
    types: ['cause', 'prevention'],
  },
  {
    // "allowed to keep swimming" = lifestyle; "will she grow out of it" = prognosis.
    subject: 'Long QT syndrome - our daughter',
    message:
      'After our daughter fainted at the swimming pool the ECG showed the long QT you mentioned in your last reply, and she has started on a beta blocker. Is she allowed to keep swimming with her club? Will she grow out of it?',
    focus: 'long QT syndrome',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "risks of a general anaesthetic" = complications; "does it get worse over the years" = prognosis.
    message:
      'Correction to my email from Tuesday: I wrote myotonic dystrophy type 1 but the genetics letter actually says myotonic dystrophy type 2 (PROMM). Does that change what you told me about the risks of a general anaesthetic? Does type 2 also get worse over the years like type 1?',
    focus: 'myotonic dystrophy type 2',
    types: ['complications', 'prognosis'],
  },
  {
    // "why not treat it straight away" = treatment; "life expectancy" = prognosis.
    subject: "my husband's blood results",
    message:
      "Thank you for your reply about IgM paraproteins in April. The bone marrow biopsy has now shown Waldenström macroglobulinaemia. The haematologist says they will 'watch and wait'. Why would they not treat it straight away? What is the life expectancy with it these days?",
    focus: 'Waldenström macroglobulinaemia',
    types: ['treatment', 'prognosis'],
  },
  {
    // "small risk of cancer, how small" = complications; "stop it flaring" = prevention.
    message:
      'hello again. the gyne confirmed lichen sclerosis on the biopsy. she said theres a small risk of cancer?? how small is it. and what can I do to stop it flaring all the time',
    focus: 'lichen sclerosis',
    types: ['complications', 'prevention'],
  },
  {
    // "what causes it, could it be something he's taking" = cause; "is it catching" = susceptibility.
    subject: "Dad's blisters",
    message:
      "We wrote in January about my father's blisters. Dermatology have now confirmed bullous pemphigoid on the biopsy. What causes it in someone his age - could it be something he has been taking? And is it catching? My mum does all his dressings.",
    focus: 'bullous pemphigoid',
    types: ['cause', 'susceptibility'],
  },
  {
    // "will my blood pressure go back to normal after the operation" = prognosis; "which genes do they look at" = genetic_changes.
    message:
      'Thank you for your reply about high blood pressure in young people. The CT found a 3 cm lump on my right adrenal and the urine test showed high metanephrines, so they are saying phaeochromocytoma. Will my blood pressure go back to normal after the operation? The endocrinologist also wants me to have genetic testing - which genes do they look at?',
    focus: 'pheochromocytoma',
    types: ['prognosis', 'genetic_changes'],
  },
  {
    // "anything to stop them coming back" (the ulcers/flares) = prevention.
    message:
      "Quick follow up - rheumatology has diagnosed Behçet's disease. The mouth ulcers are the worst part. Is there anything to stop them coming back so often?",
    focus: "Behçet's disease",
    types: ['prevention'],
  },
  {
    // "how common is it" = frequency; "did we do something to cause it" = cause; "hormone treatment" = treatment.
    subject: 'amnio result',
    message:
      'Thank you for your kind reply before our amniocentesis. The result came back as 47,XXY, Klinefelter syndrome. How common is it? Did we do something to cause it? Will he need hormone treatment when he is older?',
    focus: 'Klinefelter syndrome',
    types: ['frequency', 'cause', 'treatment'],
  },
  {
    // "what does de novo mean if we have another baby" = inheritance; "parent support groups" = find_specialist.
    message:
      'The geneticist wrote in her letter: "The 22q11.2 deletion identified in Mia has arisen de novo; neither parent carries the deletion." What does de novo mean for us if we have another baby? Are there parent support groups for 22q11.2 deletion syndrome in Ireland?',
    focus: '22q11.2 deletion syndrome',
    types: ['inheritance', 'find_specialist'],
  },
  {
    // "what does the JAK2 gene do" = genetic_changes; "could this turn into leukaemia" = complications; "safe to fly" = lifestyle.
    subject: 'JAK2 result',
    message:
      'Hello, I wrote in August about my high platelet count. The haematologist has now found a JAK2 mutation and says it is essential thrombocythaemia. What does the JAK2 gene actually do? Could this turn into leukaemia? We have a trip to Australia booked for March - is it safe to fly?',
    focus: 'essential thrombocythaemia',
    types: ['genetic_changes', 'complications', 'lifestyle'],
  },
  {
    // "because it can damage his kidneys?" = complications; "go back to school" = lifestyle.
    message:
      "Our son's rash turned out to be Henoch-Schönlein purpura (HSP), not an allergy as I wrote before. The nurse says we must bring a urine sample every week for six months. Is that because it can damage his kidneys? Can he go back to school while the rash is still there?",
    focus: 'Henoch-Schönlein purpura',
    types: ['complications', 'lifestyle'],
  },
  {
    // "do I really need an ICD" = treatment; "chances her baby has it" = inheritance.
    message:
      'Update: the ajmaline test was positive so it is Brugada syndrome. The cardiologist talked about an ICD. Do I really need one if I have never fainted? My sister is pregnant - what are the chances her baby has it?',
    focus: 'Brugada syndrome',
    types: ['treatment', 'inheritance'],
  },
  {
    // "connected to her aplastic anaemia or separate" = association; "risk of blood clots" = complications.
    subject: 'PNH clone?',
    message:
      'Thanks for your reply about aplastic anaemia in May. Now the flow cytometry shows a PNH clone of 12%. Is PNH connected to her aplastic anaemia or is it a separate disease? Does it put her at risk of blood clots?',
    focus: 'PNH',
    types: ['association', 'complications'],
  },
  {
    // "hearing aids - is that part of it" = symptoms; "what test would confirm it" = diagnosis.
    message:
      'The kidney biopsy report says "thinning and splitting of the glomerular basement membrane, suggestive of Alport syndrome". My son (14) also wears hearing aids - is that part of it? The report only says "suggestive", so what test would confirm it?',
    focus: 'Alport syndrome',
    types: ['symptoms', 'diagnosis'],
  },
  {
    // "what is this contraction" = genetic_changes; "any drug trials" = research.
    message:
      'Thanks for the information on muscular dystrophies you sent. Genetic testing has now confirmed FSHD type 1 with a 4q35 contraction. What is this contraction exactly? Are there any drug trials I could join?',
    focus: 'FSHD',
    types: ['genetic_changes', 'research'],
  },
  {
    // "what exactly is Hashimoto's disease" = information; "will my daughters get it" = inheritance.
    message:
      "Quick one. The GP letter says 'TPO antibodies strongly positive - Hashimoto's disease'. You sent me information on hypothyroidism earlier. What exactly is Hashimoto's disease? Will my daughters get it?",
    focus: "Hashimoto's disease",
    types: ['information', 'inheritance'],
  },
  {
    // "does it get worse over time" = prognosis; "still allowed to fly" = lifestyle.
    message:
      'My CT report says "multiple thin-walled cysts throughout both lungs, in keeping with LAM". I\'m 34. Does it get worse over time? Am I still allowed to fly?',
    focus: 'LAM',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "affect the heart" = complications; "needing a wheelchair" = prognosis; "treatment that slows it" = treatment; "specialist clinic" = find_specialist.
    message:
      "Dear information service, thank you for your detailed reply about ataxia last year. The genetic test has now confirmed Friedreich's ataxia in our son Tom, who is 15. He is still walking but trips a lot and his writing has got very messy. Does it affect the heart as well? Will he end up needing a wheelchair, and if so how soon? Is there any treatment that slows it down? And is there a specialist clinic in the north of England we could ask to be referred to?",
    focus: "Friedreich's ataxia",
    types: ['complications', 'prognosis', 'treatment', 'find_specialist'],
  },
];
