/**
 * "lungs" set. Messages about lung and breathing conditions and their inhalers, oxygen and medicines (cystic
 * fibrosis, pulmonary fibrosis, sarcoidosis, alpha-1 antitrypsin deficiency, pulmonary hypertension). Written by
 * someone who had read neither the understanding or retrieval code nor any earlier set, following the labeling
 * guide (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 1.000, type F1 0.886). Scored by lungs.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --lungs --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const LUNGS_MESSAGES: ConsumerMessage[] = [
  {
    // "PCD life expectancy?" -> prognosis (life expectancy)
    message: 'PCD life expectancy?',
    focus: 'primary ciliary dyskinesia',
    types: ['prognosis'],
  },
  {
    // "Is it ok to take it at night instead of the morning" -> drug_usage (timing of a dose)
    // "can it make my mouth really dry" -> side_effects (whether a problem comes from the medicine)
    subject: 'Spiriva question',
    message:
      'Hi, I was just started on Spiriva for my COPD a couple of weeks ago. Is it ok to take it ' +
      'at night instead of the morning? I always forget in the mornings. Also can it make my mouth ' +
      'really dry? Thanks',
    focus: 'Spiriva',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "What are the chances the next one will have it too" -> inheritance (chance a next baby has it)
    // "can they test the baby during the pregnancy" -> diagnosis (prenatal test)
    subject: 'CF and another baby',
    message:
      'Hello, I hope someone can help. Our son Oliver is 18 months old and was diagnosed with ' +
      'cystic fibrosis from the heel prick test when he was 3 weeks old. It was a huge shock because ' +
      'nobody in either family has it, and then we were told my husband and I are both carriers. He ' +
      'is doing well, physio twice a day, enzymes with every meal, and the CF team are great. We ' +
      'would really love to give him a brother or sister one day but we are scared. What are the ' +
      'chances the next one will have it too? And can they test the baby during the pregnancy? Thank ' +
      'you so much for reading this.',
    focus: 'cystic fibrosis',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "How long do people usually live with it" -> prognosis (life expectancy)
    // "Is there anything that slows it down" -> treatment (managing it)
    // "is there a hospital in Ohio that specializes in it" -> find_specialist (expert center)
    subject: 'dad just diagnosed with IPF',
    message:
      'My dad (74) was told last week he has idiopathic pulmonary fibrosis. The doctor said ' +
      'idiopathic means they dont know why. How long do people usually live with it? Is there ' +
      'anything that slows it down? And is there a hospital in Ohio that specializes in it?',
    focus: 'idiopathic pulmonary fibrosis',
    types: ['prognosis', 'treatment', 'find_specialist'],
  },
  {
    // "is that from the tablets" -> side_effects (whether a problem comes from the medicine)
    // "should she take all 3 together or spread them out" -> drug_usage (timing of doses)
    message:
      'my mother takes pirfenidone for her lungs and she gets a bad red rash when she is in the ' +
      'sun and feels sick most afternoons. is that from the tablets? should she take all 3 together ' +
      'or spread them out over the day?',
    focus: 'pirfenidone',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "wat is sarcoidosis exactly" -> information (what the condition is)
    message: 'wat is sarcoidosis exactly?',
    focus: 'sarcoidosis',
    types: ['information'],
  },
  {
    // "Can it spread to other organs" -> complications (other problems it leads to)
    // "is it contagious" -> susceptibility (whether someone can catch it)
    // "what causes it in the first place" -> cause (why it happens)
    message:
      'I have had sarcoid in my lungs for 6 yrs, mostly stable on no treatment. A friend who is ' +
      'a nurse said it can go to the heart and the eyes. Can it spread to other organs? Also is it ' +
      'contagious, my wife is worried about our grandkids. And what causes it in the first place?',
    focus: 'sarcoidosis',
    types: ['complications', 'susceptibility', 'cause'],
  },
  {
    // "Should I and my kids get tested" -> diagnosis (whether relatives should be tested)
    // "which gene is it" -> genetic_changes (which gene)
    message:
      'Hello, my brother was finally diagnosed with alpha 1 antitrypsin deficiency at 41 after ' +
      'years of being told he just had bad asthma. Should I and my kids get tested? And which gene ' +
      'is it?',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['diagnosis', 'genetic_changes'],
  },
  {
    // "How rare is alpha-1" -> frequency (how common)
    // "can it damage the liver as well as the lungs" -> complications (other organ problems)
    subject: 'AATD',
    message: 'How rare is alpha-1? and can it damage the liver as well as the lungs?',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['frequency', 'complications'],
  },
  {
    // "What are the usual symptoms" -> symptoms (its signs)
    // "what test will tell for sure" -> diagnosis (how it is confirmed)
    // "will it keep getting worse" -> prognosis (course)
    subject: 'breathless all the time',
    message:
      'I am 34 and get really out of breath going up one flight of stairs, I feel dizzy ' +
      'sometimes and my ankles swell by evening. My GP did an echo and mentioned pulmanary ' +
      'hypertension. What are the usual symptoms? what test will tell for sure? If it is PH will it ' +
      'keep getting worse?',
    focus: 'pulmonary hypertension',
    types: ['symptoms', 'diagnosis', 'prognosis'],
  },
  {
    // "Why would a doctor give my wife sildenafil for her lungs" -> indication (what the medicine is for)
    message:
      'Why would a doctor give my wife sildenafil for pulmonary arterial hypertension?? I ' +
      'thought that was viagra',
    focus: 'sildenafil',
    types: ['indication'],
  },
  {
    // "Is it ok to drink grapefruit juice while on Revatio" -> interactions (medicine with food)
    // "whats the best way to get rid of the old ones" -> storage_disposal (throwing it away)
    message:
      'Is it ok to drink grapefruit juice while on Revatio? Also my dose was changed so I have ' +
      'a box of the old 20mg ones, whats the best way to get rid of them?',
    focus: 'Revatio',
    types: ['interactions', 'storage_disposal'],
  },
  {
    // "why cant she get pregnant on it" -> contraindications (pregnancy precaution)
    // "does it stop the pill from working" -> interactions (with another medicine)
    subject: 'bosentan and birth control',
    message:
      'my daughter is 19 and has PAH and is starting bosentan next week. the nurse was very ' +
      'firm that she cant get pregnant on it. why? and does it stop the pill from working?',
    focus: 'bosentan',
    types: ['contraindications', 'interactions'],
  },
  {
    // "why does my asthma only flare up at night and when its cold out" -> cause (what brings on attacks)
    message: 'why does my asthma only flare up at night and when its cold out?',
    focus: 'asthma',
    types: ['cause'],
  },
  {
    // "Will he grow out of it" -> prognosis (course)
    // "Can he still do football and swimming" -> lifestyle (sport)
    // "His dad had it as a kid too, is that why he has it" -> inheritance (runs in the family)
    subject: 'my son (6) and inhalers',
    message:
      'Hi there. My boy was diagnosed with childhood asthma after two hospital visits this ' +
      'winter. He has a brown inhaler (Qvar) and a blue one with a spacer. Will he grow out of it? ' +
      'Can he still do football and swimming? His dad had it as a kid too, is that why he has it?',
    focus: 'childhood asthma',
    types: ['prognosis', 'lifestyle', 'inheritance'],
  },
  {
    // "Can I leave my Ventolin inhaler in the car in summer" -> storage_disposal (storing it)
    message: 'Can I leave my Ventolin inhailer in the car in summer?',
    focus: 'Ventolin',
    types: ['storage_disposal'],
  },
  {
    // "is that normal" -> side_effects (whether shaking comes from the medicine)
    message: 'albuterol makes my hands shake and my heart race for like 20 min, is that normal',
    focus: 'albuterol',
    types: ['side_effects'],
  },
  {
    // "Could it be the medicine" -> side_effects (whether a problem comes from the medicine)
    // "Can he just stop it or does he need to come off it slowly" -> drug_usage (stopping)
    subject: 'Singulair and mood',
    message:
      'My 8 yr old has been on Singulair for 3 months and has started having nightmares and ' +
      'getting angry over nothing, which is not like him at all. Could it be the medicine? Can he ' +
      'just stop it or does he need to come off it slowly?',
    focus: 'Singulair',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Can I still fly to Spain with it" -> lifestyle (travel)
    // "is waking up with a headache part of COPD" -> symptoms (whether a sign belongs to it)
    message:
      'I have COPD, diagnosed 2 years ago, and my breathing is worse every winter. Can I still ' +
      'fly to Spain with it in May? Also is waking up with a headache most mornings part of COPD?',
    focus: 'COPD',
    types: ['lifestyle', 'symptoms'],
  },
  {
    // "any way to stop the chest infections i get every winter" -> prevention (preventing flare-ups)
    message: 'any way to stop the chest infections i get every winter with copd',
    focus: 'COPD',
    types: ['prevention'],
  },
  {
    // "Can she still take the plane to visit my sister" -> lifestyle (travel)
    // "how many hours a day does she need to have it on" -> drug_usage (dose and timing of oxygen)
    subject: 'home oxygen',
    message:
      'Mum has just been started on home oxygen therapy for her emphysema, a big concentrator ' +
      'in the lounge and little tanks for going out. Can she still take the plane to visit my sister ' +
      'in Dublin? And how many hours a day does she need to have it on?',
    focus: 'Oxygen Therapy',
    types: ['lifestyle', 'drug_usage'],
  },
  {
    // "What causes brochiectasis" -> cause (why it happens)
    // "is it the same thing as COPD" -> information (whether two conditions are the same)
    message:
      'What causes brochiectasis? I never smoked a day in my life and I got it at 52. Is it the ' +
      'same thing as COPD?',
    focus: 'bronchiectasis',
    types: ['cause', 'information'],
  },
  {
    // "Is there a specialist clinic for this in the UK" -> find_specialist (clinics)
    // "what else can be done to clear it" -> treatment (managing it)
    message:
      'Hi, i have bronchiectasis and cough up nearly a cup of phlegm every morning. My GP just ' +
      'gives me antibiotics every time. Is there a specialist clinic for this in the UK? what else ' +
      'can be done to clear it? thanks in advance',
    focus: 'bronchiectasis',
    types: ['find_specialist', 'treatment'],
  },
  {
    // "Is it ok with my heart tablet amiodarone" -> interactions (with another medicine)
    message:
      'I take azithromycin 3 times a week to keep my bronchiectasis under control. Is it ok ' +
      'with my heart tablet amiodarone?',
    focus: 'azithromycin',
    types: ['interactions'],
  },
  {
    // "What is it" -> information (what the condition is)
    // "How do they test for it" -> diagnosis (tests)
    // "Is it genetic" -> inheritance (runs in families)
    subject: 'Kartagener?',
    message:
      'Our baby girl needed oxygen at birth and then they found her heart is on the right side. ' +
      'Now the doctors want to check her for primary ciliary dyskinesia. We have never heard of it. ' +
      'What is it? How do they test for it? Is it genetic, we want more children.',
    focus: 'primary ciliary dyskinesia',
    types: ['information', 'diagnosis', 'inheritance'],
  },
  {
    // "which genes cause PCD" -> genetic_changes (which gene)
    message:
      "which genes cause PCD? our son's genetic test found 2 changes in DNAH5 and we dont " +
      'understand the letter',
    focus: 'primary ciliary dyskinesia',
    types: ['genetic_changes'],
  },
  {
    // "How many women have this" -> frequency (how common)
    // "Are there any trials going on" -> research (clinical trials)
    // "Will I ever be able to fly again" -> lifestyle (travel)
    subject: 'LAM',
    message:
      'I am 36 and after my second collapsed lung I was diagnosed with lymphangioleiomyomatosis ' +
      '(LAM). I had never heard of it and neither had my GP. How many women have this? Are there any ' +
      'trials going on? Will I ever be able to fly again after the pneumothorax? Sorry for all the ' +
      'questions.',
    focus: 'lymphangioleiomyomatosis',
    types: ['frequency', 'research', 'lifestyle'],
  },
  {
    // "is that a known side effect" -> side_effects (whether a problem comes from the medicine)
    // "is it safe to try for a baby while on it" -> contraindications (pregnancy)
    subject: 'sirolimus for LAM',
    message:
      'I started sirolimus (Rapamune) for LAM in March and I keep getting painful mouth ulcers, ' +
      'is that a known side effect? Also is it safe to try for a baby while on it?',
    focus: 'sirolimus',
    types: ['side_effects', 'contraindications'],
  },
  {
    // "is there a link between the contraceptive pill and LAM" -> association (link with an exposure)
    message:
      'is there a link between the contraceptive pill and LAM getting worse? I read estrogen ' +
      'might feed it',
    focus: 'lymphangioleiomyomatosis',
    types: ['association'],
  },
  {
    // "does she need a special diet with lots of salt and fat" -> lifestyle (diet)
    // "how long do people with CF live now" -> prognosis (life expectancy)
    // "is there anything new in trials" -> research (clinical trials)
    message:
      "hiya, my little one has CF, she's 2 and doing ok. does she need a special diet with " +
      'lots of salt and fat? how long do people with CF live now? and is there anything new in ' +
      'trials?',
    focus: 'CF',
    types: ['lifestyle', 'prognosis', 'research'],
  },
  {
    // "Does it have to stay in the fridge the whole time" -> storage_disposal (storing it)
    message:
      'We are going camping for a week with our son. Does his Pulmozyme (dornase alfa) have to ' +
      'stay in the fridge the whole time?',
    focus: 'dornase alfa',
    types: ['storage_disposal'],
  },
  {
    // "How does ivacaftor actually work" -> indication (how a medicine works)
    // "does he have to avoid grapefruit" -> interactions (medicine with food)
    message:
      'Hi, my son (14) has CF with the G551D mutation and his clinic wants to start ivacaftor. ' +
      'How does ivacaftor actually work, is it fixing the gene? And does he have to avoid grapefruit ' +
      'with it?',
    focus: 'ivacaftor',
    types: ['indication', 'interactions'],
  },
  {
    // "Are there any new treatments being researched for cystic fibrosis" -> research (new treatments)
    subject: 'new CF drugs',
    message:
      'Are there any new treatments being researched for cystic fibrosis for people with two ' +
      'nonsense mutations? My daughter cannot have Trikafta and we feel left behind.',
    focus: 'cystic fibrosis',
    types: ['research'],
  },
  {
    // "Could it be bird fanciers lung" -> diagnosis (whether signs could be it)
    // "Can the pigeons have caused it" -> association (named exposure asked as its cause)
    message:
      'I keep racing pigeons and for a few months I have a dry cough and get feverish and achy ' +
      'in the evenings after cleaning out the loft. Could it be bird fanciers lung (hypersensitivity ' +
      'pneumonitis)? Can the pigeons have caused it?',
    focus: 'hypersensitivity pneumonitis',
    types: ['diagnosis', 'association'],
  },
  {
    // "am i likely to get it too" -> inheritance (chance a relative gets it)
    message:
      'my mum and her sister both died of pulmonary fibrosis in their sixties. am i likely to ' +
      'get it too?',
    focus: 'pulmonary fibrosis',
    types: ['inheritance'],
  },
  {
    // "Is this a side effect" -> side_effects (whether a problem comes from the medicine)
    // "Can he take Imodium with it" -> interactions (with another medicine)
    // "should he take two today" -> drug_usage (missed dose)
    subject: 'Ofev and diarrhoea',
    message:
      'My husband is on nintedanib (Ofev) for his IPF and has terrible diarrhoea. Is this a ' +
      'side effect? Can he take Imodium with it? He also missed last nights capsule, should he take ' +
      'two today?',
    focus: 'nintedanib',
    types: ['side_effects', 'interactions', 'drug_usage'],
  },
  {
    // "can I stop the prednisone suddenly now I feel better" -> drug_usage (stopping)
    message:
      'My sarcoydosis is much better. can I stop the prednisone suddenly now I feel better or ' +
      'do I have to cut down?',
    focus: 'prednisone',
    types: ['drug_usage'],
  },
  {
    // "Does Advair contain lactose" -> ingredients (what it contains)
    message: 'Does Advair contain lactose? I am very lactose intolerant.',
    focus: 'Advair',
    types: ['ingredients'],
  },
  {
    // "Could I have exercise-induced asthma" -> diagnosis (whether signs could be it)
    // "Is there something I can take before running" -> treatment (medicines for it)
    message:
      "Hello, I'm 16 and run cross country. I get a really tight chest and cough for ages " +
      "after races but I'm fine the rest of the time. Could I have exercise-induced asthma? Is " +
      'there something I can take before running?',
    focus: 'exercise-induced asthma',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "is there a cheaper generic or a program to help pay" -> other (cost)
    subject: 'cost of inhaler',
    message:
      'My Breo inhaler is $400 a month since I lost my insurance. Is there a cheaper generic or ' +
      'a program to help pay?',
    focus: 'Breo',
    types: ['other'],
  },
];
