/**
 * "heart" set: 40 messages about heart, lung and blood conditions, common and rare, and their medicines
 * (blood thinners, inhalers, beta blockers, statins): symptoms, causes, tests, treatment, side effects and
 * interactions, outlook, sport, travel, pregnancy, families, experts and trials. Written by someone who had
 * read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. First
 * scored before any change for it: focus 1.000, type F1 0.821. Scored by heart.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --heart --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const HEART_MESSAGES: ConsumerMessage[] = [
  {
    // "Is it safe for someone with atrial fibrillation to fly?" = lifestyle (travel).
    subject: 'Flying with AF',
    message:
      "Hi, my father is 78 and was diagnosed with atrial fibrillation in March. He's on apixaban now and feels fine in himself. We are meant to be flying to Malaga in June for my sister's wedding (about 3 hours). Is it safe for someone with atrial fibrillation to fly? Thanks, Karen",
    focus: 'atrial fibrillation',
    types: ['lifestyle'],
  },
  {
    // "do i take it now or wait till my evening one" = drug_usage (a missed dose).
    message:
      'forgot my eliquis this morning, only just noticed at 5pm. do i take it now or wait till my evening one?? dont want to double up',
    focus: 'eliquis',
    types: ['drug_usage'],
  },
  {
    // "does that affect the warfarin?" (cranberry juice) = interactions; "Could that be the warfarin?" (bruises) = side_effects.
    message:
      "I've been on warfarin for six years since my valve replacement. My wife has got me drinking cranberry juice for my waterworks - does that affect the warfarin? Also I've noticed big purple bruises on my arms lately from hardly knocking them. Could that be the warfarin?",
    focus: 'warfarin',
    types: ['interactions', 'side_effects'],
  },
  {
    // "Can you explain what heart failure actually is" = information; "What is the outlook" = prognosis;
    // "Should he be cutting back on salt and how much should he drink a day?" = lifestyle (diet);
    // "is there any sort of support group for families?" = find_specialist.
    subject: 'Husband just diagnosed',
    message:
      "Dear Sir/Madam,\n\nMy husband Tom is 64 and last week, after being admitted with swollen ankles and breathlessness, he was told he has heart failure. His ejection fraction is 30%. He has come home on bisoprolol, ramipril and furosemide. The word 'failure' has frightened us both.\n\nCan you explain what heart failure actually is - does it mean his heart is going to stop? What is the outlook for someone like him? Should he be cutting back on salt, and how much should he drink a day? And is there any sort of support group for families?\n\nMany thanks,\nMargaret",
    focus: 'heart failure',
    types: ['information', 'prognosis', 'lifestyle', 'find_specialist'],
  },
  {
    // "Will he have to stop playing football?" = lifestyle (sport); "should she be checked even though she's fine?" = diagnosis;
    // "is it something he got from me or his dad?" = inheritance.
    message:
      "My 15 year old son was picked up with hypertrophic cardiomyopathy at a heart screening run by his football club. He has no symptoms at all and he is devastated. Will he have to stop playing football? The cardiologist wants to see his 11 year old sister too - should she be checked even though she's fine? And is it something he got from me or his dad?",
    focus: 'hypertrophic cardiomyopathy',
    types: ['lifestyle', 'diagnosis', 'inheritance'],
  },
  {
    // "Is it safe for her to swim?" = lifestyle (sport, school).
    message:
      'Our daughter (9) has long QT syndrome type 1 and takes nadolol. Her school is starting swimming lessons next term. Is it safe for her to swim?',
    focus: 'long QT syndrome',
    types: ['lifestyle'],
  },
  {
    // "Where can I find a cardiologist who looks after adults who were born with heart defects?" = find_specialist.
    subject: 'Adult congenital heart clinic',
    message:
      "I was born with tetralogy of Fallot and had it repaired as a baby in Leeds in 1989. I was discharged from the children's clinic at 16 and haven't seen a heart doctor since. I'm 35 now and live in Bristol. Where can I find a cardiologist who looks after adults who were born with heart defects?",
    focus: 'tetralogy of Fallot',
    types: ['find_specialist'],
  },
  {
    // "Could the montelukast be doing this?" (nightmares, tantrums) = side_effects.
    message:
      "My 5 year old has been on montelukast for his asthma for two months and he's started having horrible nightmares and screaming tantrums, which is really not like him. Could the montelukast be doing this?",
    focus: 'montelukast',
    types: ['side_effects'],
  },
  {
    // "Could this be asthma?" = diagnosis; "What test would show it?" = diagnosis (same type, listed once).
    message:
      "I'm 45 and since a bad chest infection in October I wheeze and cough every night, worse when it's cold. Never had any breathing problems as a kid. Could this be asthma? What test would show it?",
    focus: 'asthma',
    types: ['diagnosis'],
  },
  {
    // "how many puffs of ventolin is too many in one day?" = drug_usage (dose).
    message:
      'how many puffs of ventolin is too many in one day? been using it about 8 times a day this week with hay fever',
    focus: 'ventolin',
    types: ['drug_usage'],
  },
  {
    // "Is there anything else that can be done for his breathing?" = treatment; "how long do people live once it's this bad?" = prognosis.
    message:
      "My dad is 70 and has severe COPD. He's on three inhalers and still can't walk to the end of the garden without stopping. Is there anything else that can be done for his breathing? And honestly, how long do people live once it's this bad? We'd rather know.",
    focus: 'COPD',
    types: ['treatment', 'prognosis'],
  },
  {
    // "What are the chances a child of ours would actually have cystic fibrosis?" = inheritance.
    message:
      'We found out through IVF screening that my husband and I are both carriers of cystic fibrosis. What are the chances a child of ours would actually have cystic fibrosis?',
    focus: 'cystic fibrosis',
    types: ['inheritance'],
  },
  {
    // "which ones does he need to avoid with it?" (grapefruit, oranges) = interactions (food).
    message:
      'Our son (12) takes ivacaftor. The pharmacist said something about grapefruit and oranges - which ones does he need to avoid with it?',
    focus: 'ivacaftor',
    types: ['interactions'],
  },
  {
    // "Are there any clinical trials for idiopathic pulmonary fibrosis recruiting in Scotland?" = research.
    message:
      'Are there any clinical trials for idiopathic pulmonary fibrosis recruiting in Scotland? My husband was diagnosed at 71, and the two antifibrotic drugs made him so ill he stopped both.',
    focus: 'idiopathic pulmonary fibrosis',
    types: ['research'],
  },
  {
    // "can sarcoidosis affect the heart?" = complications.
    message:
      "can sarcoidosis affect the heart? i have it in my lungs and lymph nodes, and my last ECG showed a 'block'",
    focus: 'sarcoidosis',
    types: ['complications'],
  },
  {
    // "Can iron deficiency anaemia make your hair fall out?" = symptoms; "why would I be so low when I eat red meat most days?" = cause.
    message:
      "I'm 24 and female. I'm exhausted all the time, my hair is coming out in the shower and my nails are splitting. My ferritin came back at 6 and the GP says iron deficiency anaemia. Can iron deficiency anaemia make your hair fall out? And why would I be so low when I eat red meat most days?",
    focus: 'iron deficiency anaemia',
    types: ['symptoms', 'cause'],
  },
  {
    // "Is it better to take ferrous sulfate in the morning or at night?" = drug_usage (timing).
    message: "Is it better to take ferrous sulfate in the morning or at night? The leaflet doesn't say.",
    focus: 'ferrous sulfate',
    types: ['drug_usage'],
  },
  {
    // "how do we stop him getting them" (the pain crises) = prevention. Misspelled "sickel" for sickle.
    message:
      'my grandson has sickel cell disease he is 4. he has been in hospital 3 times this winter with the pain crises. how do we stop him getting them. his mum works nights and i look after him',
    focus: 'sickel cell disease',
    types: ['prevention'],
  },
  {
    // "How does it help with sickle cell?" = indication; "could it affect her having children when she's older?" = side_effects.
    message:
      "The haematologist wants our daughter (8, sickle cell) to start hydroxyurea. I looked it up and it's a chemotherapy drug, which scared me. How does it help with sickle cell? And could it affect her having children when she's older?",
    focus: 'hydroxyurea',
    types: ['indication', 'side_effects'],
  },
  {
    // "If he's a carrier too, what's the chance our baby has it?" = inheritance.
    message:
      "I'm 10 weeks pregnant and my bloods show I carry beta thalassaemia. My husband is having his test on Monday. If he's a carrier too, what's the chance our baby has it?",
    focus: 'beta thalassaemia',
    types: ['inheritance'],
  },
  {
    // "Could I be a carrier too?" = inheritance (carriers, another relative).
    message:
      "My sister's son has severe haemophilia A and she turned out to be a carrier. We have the same mum and dad. Could I be a carrier too? I'm getting married next year.",
    focus: 'haemophilia A',
    types: ['inheritance'],
  },
  {
    // "Could it be von Willebrand disease?" = diagnosis.
    message:
      "I've always had really heavy periods, I bleed for ages after the dentist and I bruise if you look at me. My mum is exactly the same. Could it be von Willebrand disease?",
    focus: 'von Willebrand disease',
    types: ['diagnosis'],
  },
  {
    // "What can I do to stop getting another clot on the plane?" = prevention; "Would flight socks be enough?" = the same question.
    subject: 'Long haul flight after DVT',
    message:
      "I had a DVT in my left calf two years ago after knee surgery, treated with 6 months of tablets. I'm flying to Melbourne in March, 24 hours with a change in Dubai. What can I do to stop getting another clot on the plane? Would flight socks be enough?",
    focus: 'DVT',
    types: ['prevention'],
  },
  {
    // "how long does it take to get over a pulmonary embolism?" = prognosis (recovery).
    message:
      'how long does it take to get over a pulmonary embolism? 6 weeks out and still puffed on the stairs',
    focus: 'pulmonary embolism',
    types: ['prognosis'],
  },
  {
    // "Can I take ibuprofen with Xarelto?" = interactions.
    message: 'Can I take ibuprofen with Xarelto? Put my back out gardening.',
    focus: 'Xarelto',
    types: ['interactions'],
  },
  {
    // "Is it the tablets doing this?" (cold hands, tiredness on bisoprolol) = side_effects.
    message:
      "Since starting bisoprolol my hands and feet are like ice and I'm shattered by 3pm. Is it the tablets doing this?",
    focus: 'bisoprolol',
    types: ['side_effects'],
  },
  {
    // "What does it actually do?" = indication; "is it ok to take while trying to get pregnant?" = contraindications.
    message:
      "My GP wants me on atorvastatin because my cholesterol is 7.4 and my dad had a heart attack at 52. I'm 38 and feel perfectly well. What does it actually do? Also we're trying for another baby, is it ok to take while trying to get pregnant?",
    focus: 'atorvastatin',
    types: ['indication', 'contraindications'],
  },
  {
    // "Is that the gene that causes familial hypercholesterolaemia, or are there others?" = genetic_changes;
    // "do they really put children as young as 6 on statins?" = treatment.
    message:
      "My 6 year old's cholesterol was 8.1 and the genetics letter says 'LDLR variant'. Is that the gene that causes familial hypercholesterolaemia, or are there others? And do they really put children as young as 6 on statins?",
    focus: 'familial hypercholesterolaemia',
    types: ['genetic_changes', 'treatment'],
  },
  {
    // "Could he have it?" = diagnosis; "What would it do to his heart?" = complications.
    message:
      'My son is 14, 6ft 3, very thin with really long fingers and he is very short sighted. His PE teacher said he might have Marfans syndrome. Could he have it? What would it do to his heart?',
    focus: 'Marfans syndrome',
    types: ['diagnosis', 'complications'],
  },
  {
    // "What is Brugada syndrome?" = information; "How rare is it?" = frequency; "Should I and my children be tested?" = diagnosis.
    subject: "Brother's death",
    message:
      "My brother died in his sleep last year aged 38. The post mortem was normal but the coroner's report mentions possible Brugada syndrome. What is Brugada syndrome? How rare is it? Should I and my children be tested?",
    focus: 'Brugada syndrome',
    types: ['information', 'frequency', 'diagnosis'],
  },
  {
    // "Will the hole close by itself?" = prognosis (course).
    message:
      'Our baby girl is 3 weeks old and they found a small VSD after hearing a murmur. Will the hole close by itself?',
    focus: 'VSD',
    types: ['prognosis'],
  },
  {
    // "What causes it?" = cause; "could that have caused it?" (wine, a named exposure) = association;
    // "if we try again, could it happen again?" = inheritance (next baby).
    message:
      "At our 20 week scan yesterday they told us our baby has hypoplastic left heart syndrome. We are in shock. The consultant talked about three operations but I couldn't take anything in. What causes it? I had a few glasses of wine at a wedding before I knew I was pregnant - could that have caused it? And if we try again, could it happen again? Sorry if these are stupid questions.",
    focus: 'hypoplastic left heart syndrome',
    types: ['cause', 'association', 'inheritance'],
  },
  {
    // "why has the pulmonary hypertension clinic put my mum on sildenafil??" = indication (what it is used for).
    message: 'why has the pulmonary hypertension clinic put my mum on sildenafil?? isnt that viagra',
    focus: 'sildenafil',
    types: ['indication'],
  },
  {
    // "Should my two kids be tested?" = diagnosis; "Is there treatment other than inhalers" = treatment.
    message:
      "I'm 42, I've never smoked, and I've just been told I have emphysema because of alpha-1 antitrypsin deficiency. Should my two kids be tested? Is there treatment other than inhalers - I've read about something called augmentation therapy.",
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "Is polycythaemia vera a cancer?" = information (what it is).
    message: 'Is polycythaemia vera a cancer? Found out last week after my haemoglobin came back high.',
    focus: 'polycythaemia vera',
    types: ['information'],
  },
  {
    // "Is there a specialist centre or a support group anywhere in the north of England?" = find_specialist.
    message:
      'My husband has HHT (nosebleeds every day, and they found AVMs in his lungs). Is there a specialist centre or a support group anywhere in the north of England?',
    focus: 'HHT',
    types: ['find_specialist'],
  },
  {
    // "What can set off a reaction in him?" = cause (what brings on its attacks); "Will he grow out of it?" = prognosis.
    message:
      'Our baby boy was diagnosed with G6PD deficiency on his newborn screening. What can set off a reaction in him? Will he grow out of it?',
    focus: 'G6PD deficiency',
    types: ['cause', 'prognosis'],
  },
  {
    // "Do I need to stop the clopidogrel beforehand?" = drug_usage (stopping).
    message:
      "I had a stent put in in January and I'm on clopidogrel and aspirin. The dentist wants to take a tooth out next week. Do I need to stop the clopidogrel beforehand?",
    focus: 'clopidogrel',
    types: ['drug_usage'],
  },
  {
    // "Do I need B12 injections ... for the rest of my life or can I go onto tablets" = treatment. Misspelled "pernicous" for pernicious.
    message:
      'Do I need B12 injections for pernicous anaemia for the rest of my life or can I go onto tablets at some point?',
    focus: 'pernicous anaemia',
    types: ['treatment'],
  },
  {
    // "Can the covid vaccine cause myocarditis?" = association (a named exposure as its cause); "Will his heart go back to normal?" = prognosis.
    message:
      "Can the covid vaccine cause myocarditis? My son (19) was admitted with chest pain three days after his second dose and they said it's myocarditis. Will his heart go back to normal?",
    focus: 'myocarditis',
    types: ['association', 'prognosis'],
  },
];
