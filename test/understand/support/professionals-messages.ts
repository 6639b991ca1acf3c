/**
 * "Professionals" evaluation set: 40 hand-written messages from health and
 * social-care professionals (GPs, practice nurses, community pharmacists,
 * school nurses, social workers, physiotherapists, midwives, dentists and
 * care-home managers) asking on behalf of a patient or client. They are
 * concise, use clinical shorthand ("pt", "hx", "dx", "8/40", "eGFR", "bd")
 * and often ask two or three questions: management, referral to specialist
 * services, monitoring a medicine needs, interactions with a new
 * prescription, safety in pregnancy or renal impairment, information or
 * support organisations for families, testing of relatives, and dental or
 * anaesthetic risks. 23 messages are about conditions (21 rare, 2 common),
 * 14 about medicines and 3 name both a condition and a medicine or two
 * conditions. Each message is labelled with its focus (words of the message
 * naming the main condition or medicine) and one question type per question,
 * in order of appearance.
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, checking
 * only that each focus is a name the knowledge base holds. Scored once before anything was changed against
 * it: focus 1.000, type F1 0.746 (see BENCHMARKS.md). Scored by professionals.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --professionals --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const PROFESSIONALS_MESSAGES: ConsumerMessage[] = [
  {
    // first-line management = treatment; which centre = find_specialist; brothers tested because it runs in families = inheritance
    subject: 'New pt with Fabry disease - referral',
    message:
      '45M with confirmed Fabry disease, recently registered with our practice after moving area. What is current first-line management? Which specialist centre should he be referred to? His two brothers have never been tested - should they be, given it runs in families?',
    focus: 'Fabry disease',
    types: ['treatment', 'find_specialist', 'inheritance'],
  },
  {
    // PE and school adaptations = lifestyle; likely course / outlook = prognosis
    message:
      'School nurse. Y4 pupil with Duchenne muscular dystrophy joining us in September. Any guidance on PE participation and adaptations in school? Parents have also asked me what the usual outlook is over the coming years.',
    focus: 'Duchenne muscular dystrophy',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // bleeding risk of the condition for a dental procedure = complications; centre to liaise with = find_specialist
    message:
      'GDP here. Pt with type 1 von Willebrand disease needs a lower molar extraction under IDB. What bleeding risks does the condition carry for extraction and a block? Is there a haemophilia centre I should liaise with beforehand?',
    focus: 'von Willebrand disease',
    types: ['complications', 'find_specialist'],
  },
  {
    // passed on to children / should son be tested = inheritance; tests to confirm = diagnosis
    message:
      '34M with Marfan syndrome (FBN1 confirmed). His 8yo son is very tall and slim. Is Marfan syndrome passed on to children, and should the boy be tested? What tests would confirm the diagnosis in a child?',
    focus: 'Marfan syndrome',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // gym / yoga / daily living advice = lifestyle; support organisation = find_specialist
    message:
      'Physio referral: 19F with Ehlers-Danlos syndrome (hypermobility type), recurrent shoulder subluxations. She wants to carry on going to the gym and doing yoga - any daily-living and exercise advice I should give her? Is there a patient support organisation I can signpost her to?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['lifestyle', 'find_specialist'],
  },
  {
    // chance baby affected + carrier testing = inheritance (listed once); newborn detection = diagnosis
    message:
      'Midwife, booking appt 31F at 10/40. Partner is a known carrier of cystic fibrosis. What is the chance the baby is affected, and should she be offered carrier testing herself? How is CF picked up in newborns - is it part of the heel-prick screen?',
    focus: 'cystic fibrosis',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // diet and food access at home = lifestyle; parent support groups = find_specialist
    subject: 'Family support - Prader-Willi syndrome',
    message:
      'Allocated social worker for a 12yo with Prader-Willi syndrome. Food-seeking is causing a lot of conflict at home. Any practical advice on managing diet and access to food in the house? Are there support groups for parents?',
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle', 'find_specialist'],
  },
  {
    // chance she carries it = inheritance; service for predictive testing and counselling = find_specialist
    subject: 'Predictive testing request',
    message:
      '38F, father recently dx with Huntington disease. She wants to know the chance that she has inherited it. Which service do I refer her to for predictive testing and counselling?',
    focus: 'Huntington disease',
    types: ['inheritance', 'find_specialist'],
  },
  {
    // course as disease progresses = prognosis; is it hereditary = inheritance
    message:
      'Care home manager. New resident 67M with amyotrophic lateral sclerosis, dx 6 months ago. What course should staff expect as the disease progresses? His daughter asked us whether it is hereditary - is it?',
    focus: 'amyotrophic lateral sclerosis',
    types: ['prognosis', 'inheritance'],
  },
  {
    // dental work triggering attacks = dental risk of the condition (complications); preventing attacks before a procedure = prevention
    subject: 'HAE pt - dental extractions',
    message:
      'Pt with hereditary angioedema booked for 2 extractions next month. Can dental treatment trigger swelling attacks in this condition? How are attacks prevented before a procedure - does she need short-term prophylaxis?',
    focus: 'hereditary angioedema',
    types: ['complications', 'prevention'],
  },
  {
    // confirmatory tests = diagnosis; screening sister because it runs in families = inheritance
    subject: '?Wilson disease',
    message:
      '19M with raised ALT and a new tremor, ?Wilson disease. Which tests confirm the diagnosis (caeruloplasmin, 24h urine copper, slit lamp)? His 16yo sister is well - should she be screened as it runs in families?',
    focus: 'Wilson disease',
    types: ['diagnosis', 'inheritance'],
  },
  {
    // school lunchtime diet = lifestyle
    message:
      'Reception child with phenylketonuria starting in Sept. What do our catering staff need to know about her diet at school lunchtime?',
    focus: 'phenylketonuria',
    types: ['lifestyle'],
  },
  {
    // risk of the condition with dental LA = complications; test confirming susceptibility = diagnosis
    message:
      'Dentist. Pt reports family hx of malignant hyperthermia (mother reacted under GA). Does malignant hyperthermia pose any risk with local anaesthetic for routine fillings? How would she find out whether she is affected - what test confirms it?',
    focus: 'malignant hyperthermia',
    types: ['complications', 'diagnosis'],
  },
  {
    // what causes it = cause; long-term heart problems = complications
    subject: 'Kawasaki disease follow-up',
    message:
      '4yo recently discharged after Kawasaki disease treated with IVIG. Parents keep asking what causes it. Can it lead to long-term heart problems?',
    focus: 'Kawasaki disease',
    types: ['cause', 'complications'],
  },
  {
    // preventing crises in school = prevention; signs of a crisis = symptoms
    message:
      'School nurse. Y7 pupil with sickle cell disease. How can we help prevent painful crises during the school day (water bottle, outdoor PE in cold weather)? What are the signs of a crisis staff should look out for?',
    focus: 'sickle cell disease',
    types: ['prevention', 'symptoms'],
  },
  {
    // outlook / progression = prognosis; trials recruiting = research; patient organisation = find_specialist
    subject: 'Late-onset Pompe disease',
    message:
      'Physio seeing 50F with late-onset Pompe disease for mobility. What is the usual outlook - is it steadily progressive? Are there any clinical trials of newer treatments currently recruiting? Also any patient organisation she could contact?',
    focus: 'Pompe disease',
    types: ['prognosis', 'research', 'find_specialist'],
  },
  {
    // plain-English information about the condition = information
    subject: 'Rett syndrome - info for family',
    message:
      'Social worker. Can you suggest plain-English information about Rett syndrome that I can share with the grandparents of a 5yo who has just been diagnosed?',
    focus: 'Rett syndrome',
    types: ['information'],
  },
  {
    // which gene change = genetic_changes; could aunt be a carrier = inheritance
    message:
      '7yo boy with fragile X syndrome confirmed by genetics. Mum asks which gene change is responsible. Her sister is planning a family - could she be a carrier too?',
    focus: 'fragile X syndrome',
    types: ['genetic_changes', 'inheritance'],
  },
  {
    // how common = frequency; early symptoms = symptoms
    message:
      'Practice nurse. Pt asked at her health check about hereditary hemochromatosis as her cousin has it. How common is it in people of Irish descent? What are the early symptoms?',
    focus: 'hereditary hemochromatosis',
    types: ['frequency', 'symptoms'],
  },
  {
    // typical early features = symptoms; biopsy vs gene test = diagnosis
    message:
      '24M with persistent microscopic haematuria; maternal uncle had Alport syndrome with deafness. What are the typical early features of Alport syndrome? Is it diagnosed by kidney biopsy or genetic testing?',
    focus: 'Alport syndrome',
    types: ['symptoms', 'diagnosis'],
  },
  {
    // features of an attack = symptoms; acute management = treatment; siblings tested = inheritance
    subject: '?acute porphyria attack',
    message:
      '28F with known acute intermittent porphyria, recurrent severe abdo pain and dark urine. What are the typical features of an acute attack? How are attacks treated in the acute setting? Should her siblings be tested?',
    focus: 'acute intermittent porphyria',
    types: ['symptoms', 'treatment', 'inheritance'],
  },
  {
    // food preparation on a school trip = lifestyle
    message:
      'School nurse. Pupil with coeliac disease going on a residential trip next month - what should the kitchen staff know about preparing gluten-free food?',
    focus: 'coeliac disease',
    types: ['lifestyle'],
  },
  {
    // first-line treatment of an acute attack = treatment
    message:
      '58M with acute gout flare of R 1st MTP, background CKD 3b. What is first-line treatment for the acute attack given his renal function?',
    focus: 'gout',
    types: ['treatment'],
  },
  {
    // condition + medicine; pregnancy safety = contraindications; when to stop before conception = drug_usage
    subject: 'Planning pregnancy on miglustat',
    message:
      '29F with type 1 Gaucher disease on miglustat 100 mg tds, planning a pregnancy. Is miglustat contraindicated in pregnancy? How long before trying to conceive should it be stopped?',
    focus: 'miglustat',
    types: ['contraindications', 'drug_usage'],
  },
  {
    // condition + two medicines; must not take in myasthenia = contraindications; interaction with pyridostigmine = interactions
    message:
      '42M with myasthenia gravis on pyridostigmine, now has a chest infection. Is clarithromycin contraindicated in myasthenia gravis? Does clarithromycin interact with his pyridostigmine?',
    focus: 'clarithromycin',
    types: ['contraindications', 'interactions'],
  },
  {
    // two conditions; link between them = association
    message:
      '22F with Turner syndrome, TFTs now show primary hypothyroidism. Is there a recognised link between Turner syndrome and hypothyroidism?',
    focus: 'Turner syndrome',
    types: ['association'],
  },
  {
    // with trimethoprim = interactions; routine blood monitoring = drug_usage
    subject: 'Methotrexate + trimethoprim?',
    message:
      'Community pharmacist. Pt on methotrexate 15 mg weekly for RA has been prescribed trimethoprim for a UTI by OOH. Is there a significant interaction? Also what routine blood monitoring should methotrexate have?',
    focus: 'methotrexate',
    types: ['interactions', 'drug_usage'],
  },
  {
    // monitoring requirements = drug_usage; with ibuprofen = interactions; pregnancy = contraindications
    message:
      'GP. Psychiatry have started 45F on lithium 400 mg nocte. What are the monitoring requirements (levels, U&E, TFTs)? She often takes ibuprofen for back pain - is that a problem with lithium? Is it safe if she becomes pregnant?',
    focus: 'lithium',
    types: ['drug_usage', 'interactions', 'contraindications'],
  },
  {
    // safe in pregnancy = contraindications; dose adjustment = drug_usage
    subject: 'Lamotrigine in pregnancy',
    message:
      'Midwife. Booking at 8/40, 27F with epilepsy on lamotrigine 200 mg daily. Is it safe to continue in pregnancy? Will the dose need adjusting as the pregnancy goes on?',
    focus: 'lamotrigine',
    types: ['contraindications', 'drug_usage'],
  },
  {
    // storing at home and disposing of unused capsules = storage_disposal
    message:
      'Pharmacist. Mum collecting hydroxyurea capsules for her 9-year-old from a haematology prescription. How should they be stored at home, and how should any unused capsules be disposed of?',
    focus: 'hydroxyurea',
    types: ['storage_disposal'],
  },
  {
    // common side effects = side_effects; with doxycycline = interactions
    message:
      '17F started on isotretinoin by dermatology. What are the common side effects I should counsel her about? She is still taking doxycycline from her previous GP - OK to take both together?',
    focus: 'isotretinoin',
    types: ['side_effects', 'interactions'],
  },
  {
    // with amiodarone = interactions; INR monitoring = drug_usage
    subject: 'Warfarin - amiodarone being started',
    message:
      '72M on warfarin for AF, cardiology starting amiodarone. Is there an interaction with warfarin? How often should his INR be checked after the amiodarone is started?',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  {
    // renal impairment = contraindications
    subject: 'Metformin and falling eGFR',
    message:
      'eGFR has dropped to 28 in 70F on metformin 1 g bd for T2DM. Is metformin contraindicated at this level of kidney function?',
    focus: 'metformin',
    types: ['contraindications'],
  },
  {
    // drowsiness = side_effects; stopping suddenly = drug_usage
    message:
      'Physio. Client with cerebral palsy on oral baclofen; family say it makes him drowsy and want to stop it. Is drowsiness a common side effect of baclofen? Can it be stopped suddenly?',
    focus: 'baclofen',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // omitting/delaying a dose around a procedure = drug_usage
    message:
      'Dentist. Pt on apixaban 5 mg bd for AF needs 2 simple extractions. Should the morning dose of apixaban be missed or delayed on the day of the procedure?',
    focus: 'apixaban',
    types: ['drug_usage'],
  },
  {
    // what it is used for = indication
    subject: 'Sapropterin on repeat?',
    message:
      'New pt whose hospital letter from the metabolic clinic lists sapropterin. What is sapropterin used for?',
    focus: 'sapropterin',
    types: ['indication'],
  },
  {
    // missed dose = drug_usage; side effects to watch for = side_effects
    message:
      'Care home. Resident missed her 8am pyridostigmine dose this morning. What should staff do about the missed dose? What side effects should we look out for?',
    focus: 'pyridostigmine',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // blood monitoring = drug_usage; reduced kidney function = contraindications
    message:
      'Pt with beta thalassaemia on deferasirox. What blood monitoring does deferasirox need? Is it contraindicated with eGFR 40?',
    focus: 'deferasirox',
    types: ['drug_usage', 'contraindications'],
  },
  {
    // lactose in the tablets = ingredients; mouth ulcers = side_effects
    subject: 'Everolimus - lactose?',
    message:
      'Pt with TSC on everolimus tablets from the tertiary centre, has lactose intolerance. Do the tablets contain lactose? Also are mouth ulcers a common side effect?',
    focus: 'everolimus',
    types: ['ingredients', 'side_effects'],
  },
  {
    // eye screening (monitoring) = drug_usage; breastfeeding = contraindications
    message:
      'Pt with SLE on hydroxychloroquine 200 mg bd. What eye screening does hydroxychloroquine require? Can she continue it while breastfeeding?',
    focus: 'hydroxychloroquine',
    types: ['drug_usage', 'contraindications'],
  },
];
