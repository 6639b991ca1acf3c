/**
 * "muscles" set. Messages about muscle and nerve-muscle conditions and their medicines (myasthenia gravis,
 * spinal muscular atrophy, muscular dystrophies, Charcot-Marie-Tooth disease, ALS, Pompe disease). Written by
 * someone who had read neither the understanding or retrieval code nor any earlier set (except the first lines
 * of one: its header and one comment), following the labeling guide (src/understand/README.md) and checking only
 * that each focus is a name the knowledge base holds. Scored once, before any change made for it (focus 0.975,
 * type F1 0.849). Scored by muscles.test.ts and by `npx tsx test/understand/support/score-messages.ts --muscles
 * --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const MUSCLES_MESSAGES: ConsumerMessage[] = [
  {
    // "SMA life expectancy?" -> prognosis (life expectancy)
    message: 'SMA life expectancy?',
    focus: 'spinal muscular atrophy',
    types: ['prognosis'],
  },
  {
    // "Is it hereditary, like could I pass it on to my kids?" -> inheritance (whether it runs in families)
    // "can I keep working?" -> lifestyle (work as a nurse)
    subject: 'newly diagnosed',
    message:
      'Hi, I was diagnosed with myasthenia gravis last month at 34. Is it hereditary, like ' +
      'could I pass it on to my kids? Also I work 12 hour shifts as a nurse and my eyelids ' +
      'droop by the end of the day, can I keep working?',
    focus: 'myasthenia gravis',
    types: ['inheritance', 'lifestyle'],
  },
  {
    // "Is it ok to take an extra tablet before dinner out?" -> drug_usage (extra dose, timing)
    message:
      'I take mestinon (pyridostigmine) 60mg three times a day. Is it ok to take an extra ' +
      'tablet before dinner out? My jaw gets tired chewing by the evening.',
    focus: 'pyridostigmine',
    types: ['drug_usage'],
  },
  {
    // "will he still be walking when he is a teenager?" -> prognosis (whether he will walk)
    // "what are the chances a next baby boy would have it too?" -> inheritance (chance for a next baby)
    // "are there any clinical trials that take boys his age?" -> research (clinical trials)
    subject: 'our son Leo',
    message:
      'Hello, our son Leo is 4 and was diagnosed with Duchenne muscular dystrophy two weeks ' +
      'ago after his CK came back very high. We noticed he fell a lot and used his hands to ' +
      'push up off the floor but thought he was just clumsy. We are still in shock. Our ' +
      'questions: will he still be walking when he is a teenager? We would like another ' +
      'child one day, what are the chances a next baby boy would have it too? And are there ' +
      'any clinical trials that take boys his age? We live near Manchester. Thank you so ' +
      'much for any help.',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'inheritance', 'research'],
  },
  {
    // "what is the difference between that and duchene" -> information (difference between two conditions)
    message:
      'my brother (41) was just told he has Becker MD. what is the difference between that ' +
      'and duchene, which my nephew has?',
    focus: 'Becker muscular dystrophy',
    types: ['information'],
  },
  {
    // "is that part of the condition?" -> symptoms (whether daytime sleepiness belongs to it)
    // "should I get tested even though I feel fine?" -> diagnosis (whether to be tested)
    subject: 'mum always sleepy',
    message:
      'My mum has myotonic dystrophy and she falls asleep in the middle of the day, even ' +
      "mid conversation. is that part of the condition? I'm 28 and her doctor said I might " +
      'have it as well, should I get tested even though I feel fine?',
    focus: 'myotonic dystrophy',
    types: ['symptoms', 'diagnosis'],
  },
  {
    // "which gene is it?" -> genetic_changes (which gene)
    message: 'Charcot Marie Tooth: which gene is it?',
    focus: 'Charcot-Marie-Tooth disease',
    types: ['genetic_changes'],
  },
  {
    // "How long do people usually live with this?" -> prognosis (life expectancy)
    // "Is there anything that can slow it down?" -> treatment (managing it)
    // "is there a trial he could get into" -> research (clinical trials)
    subject: 'husband ALS',
    message:
      'My husband, 58, was diagnosed with ALS in March. He is already having trouble with ' +
      'buttons and his speech is slurring. How long do people usually live with this? Is ' +
      'there anything that can slow it down? And is there a trial he could get into, we are ' +
      'in Ohio.',
    focus: 'amyotrophic lateral sclerosis',
    types: ['prognosis', 'treatment', 'research'],
  },
  {
    // "Can he take it with his warfarin?" -> interactions (with another medicine)
    // "could that be the riluzole?" -> side_effects (whether a problem comes from the medicine)
    message:
      'Dad started riluzole last week for his ALS. Can he take it with his warfarin? Also ' +
      'his last blood test showed his liver numbers up, could that be the riluzole?',
    focus: 'riluzole',
    types: ['interactions', 'side_effects'],
  },
  {
    // "What is Pompe disease" -> information (what it is)
    // "how rare is it?" -> frequency (how rare)
    subject: 'Pompe?',
    message: 'What is Pompe disease and how rare is it? My niece was just diagnosed',
    focus: 'Pompe disease',
    types: ['information', 'frequency'],
  },
  {
    // "Is there any treatment that actually works for this?" -> treatment (therapies)
    // "could that have caused it?" -> association (a named exposure, simvastatin, asked as its cause)
    message:
      "I'm 67 and after a muscle biopsy they told me I have inclusion body myositis. I " +
      'tried prednisone for 3 months and nothing changed. Is there any treatment that ' +
      'actually works for this? Also I was on simvastatin for 10 years, could that have ' +
      'caused it?',
    focus: 'inclusion body myositis',
    types: ['treatment', 'association'],
  },
  {
    // "Is it the carbs that set the attacks off?" -> cause (what brings on its attacks)
    // "how can we stop them happening?" -> prevention (preventing attacks)
    subject: "son's attacks",
    message:
      'Our son is 15 and was diagnosed with hypokalaemic periodic paralysis. He wakes up ' +
      'unable to move his legs, usually the morning after a big pasta or pizza dinner or ' +
      'after football. Is it the carbs that set the attacks off? how can we stop them ' +
      'happening?',
    focus: 'hypokalemic periodic paralysis',
    types: ['cause', 'prevention'],
  },
  {
    // "does my daughter need to avoid bananas and potatoes??" -> lifestyle (diet)
    message: 'hyperkalemic periodic paralysis - does my daughter need to avoid bananas and ' + 'potatoes??',
    focus: 'hyperkalemic periodic paralysis',
    types: ['lifestyle'],
  },
  {
    // "can it push my blood sugars up?" -> side_effects (a medicine's side effect)
    // "is it safe while breastfeeding?" -> contraindications (breastfeeding)
    subject: 'prednisone questions',
    message:
      'The neurologist started me on prednisone for my MG, 20mg going up slowly. I am ' +
      'diabetic, can it push my blood sugars up? I also have a 3 month old, is it safe ' +
      'while breastfeeding?',
    focus: 'prednisone',
    types: ['side_effects', 'contraindications'],
  },
  {
    // "Why would a muscle weakness problem be connected to cancer?" -> association (link between conditions)
    message:
      "My father's doctors think he might have Lambert Eaton syndrome and now they are " +
      'sending him for a CT scan of his chest to look for lung cancer. He has never been ' +
      'sick. Why would a muscle weakness problem be connected to cancer?',
    focus: 'Lambert-Eaton myasthenic syndrome',
    types: ['association'],
  },
  {
    // "Is there a clinic or support group for FSHD around here?" -> find_specialist (clinic, support group)
    subject: 'FSHD in Chicago',
    message:
      'Hi there, I have facioscapulohumeral MD (FSHD) and just moved to Chicago. Is there a ' +
      'clinic or support group for FSHD around here? Thanks',
    focus: 'facioscapulohumeral muscular dystrophy',
    types: ['find_specialist'],
  },
  {
    // "What are the first signs of limb girdle muscular dystrophy?" -> symptoms (early signs)
    // "could that be what she has?" -> diagnosis (whether her signs could be it)
    message:
      'My sister is 26 and struggles to climb stairs and get up from chairs, her shoulders ' +
      'are weak too. What are the first signs of limb girdle muscular dystrophy? could that ' +
      'be what she has?',
    focus: 'limb-girdle muscular dystrophy',
    types: ['symptoms', 'diagnosis'],
  },
  {
    // "Will he recover and walk again?" -> prognosis (recovery, walking)
    // "Did the food poisoning cause it?" -> association (a named exposure asked as its cause)
    subject: 'GBS after food poisoning',
    message:
      'My husband got Guillain Barre a week after a bad bout of food poisoning, he is now ' +
      'in ICU on a ventilator. Will he recover and walk again? Did the food poisoning cause ' +
      'it?',
    focus: 'Guillain-Barre syndrome',
    types: ['prognosis', 'association'],
  },
  {
    // "Isnt that a heart rhythm drug, how would it help my muscles?" -> indication (how the medicine works)
    message:
      'My neurologist suggested mexiletine for the stiffness from my myotonia congenita. ' +
      'Isnt that a heart rhythm drug, how would it help my muscles?',
    focus: 'mexiletine',
    types: ['indication'],
  },
  {
    // "is that from the tablets?" -> side_effects (whether a problem comes from the medicine)
    // "can she drink alcohol while on it?" -> interactions (alcohol)
    subject: 'acetazolamide',
    message:
      'My daughter (19) takes acetazolamide for her periodic paralysis. Her fingers tingle ' +
      'and fizzy drinks taste weird since she started it, is that from the tablets? She is ' +
      'off to uni in september, can she drink alcohol while on it?',
    focus: 'acetazolamide',
    types: ['side_effects', 'interactions'],
  },
  {
    // "heart problems?" -> complications (other problems it can lead to)
    message: 'Emery-Dreifuss muscular dystrophy heart problems?',
    focus: 'Emery-Dreifuss muscular dystrophy',
    types: ['complications'],
  },
  {
    // "Can MG really stop you breathing?" -> complications (breathing failure it can lead to)
    // "what brings a crisis on?" -> cause (what brings on its attacks)
    // "what can I do to make sure it does not happen to me?" -> prevention (preventing crises)
    subject: 'scared of a crisis',
    message:
      'I have had mysthenia gravis for 6 years, mostly controlled. A friend from my support ' +
      'group ended up on a ventilator in a myasthenic crisis. Can MG really stop you ' +
      'breathing? what brings a crisis on? And what can I do to make sure it does not ' +
      'happen to me?',
    focus: 'myasthenia gravis',
    types: ['complications', 'cause', 'prevention'],
  },
  {
    // "What treatments are there for babies this young?" -> treatment (therapies)
    // "Is there a specialist centre in Texas that treats SMA babies?" -> find_specialist (expert centers)
    // "will our insurance cover it" -> other (insurance)
    subject: 'baby Mia - SMA type 1',
    message:
      'Our daughter Mia is 10 days old and the newborn screening came back positive for ' +
      'SMA, the genetic test says 2 copies of SMN2 so they think type 1. We are devastated. ' +
      'What treatments are there for babies this young? Is there a specialist centre in ' +
      'Texas that treats SMA babies? And will our insurance cover it, we read the gene ' +
      'therapy costs over 2 million dollars.',
    focus: 'spinal muscular atrophy type 1',
    types: ['treatment', 'find_specialist', 'other'],
  },
  {
    // "could she be a carrier?" -> inheritance (carriers)
    // "how common is this disease" -> frequency (how common)
    message:
      "My uncle has Kennedy's disease. My mother is his sister, could she be a carrier? how " +
      'common is this disease, no one has ever heard of it',
    focus: 'Kennedy disease',
    types: ['inheritance', 'frequency'],
  },
  {
    // "Can I still work out?" -> lifestyle (exercise)
    // "What happens if I push through the cramps?" -> complications (what happens when it is not respected)
    // "how did I get it when neither of my parents has it?" -> inheritance (how it runs in families)
    subject: 'McArdle and the gym',
    message:
      'I was diagnosed with McArdle disease at 22 after my urine went dark brown after a ' +
      'leg day at the gym. Can I still work out? What happens if I push through the cramps? ' +
      'And how did I get it when neither of my parents has it?',
    focus: 'McArdle disease',
    types: ['lifestyle', 'complications', 'inheritance'],
  },
  {
    // "What is dantrolene and what is it for?" -> indication (what a medicine is for)
    message:
      'Our son has central core disease and needs surgery on his hips. The anaesthetist ' +
      'said they will have dantrolene ready in the room. What is dantrolene and what is it ' +
      'for?',
    focus: 'dantrolene',
    types: ['indication'],
  },
  {
    // "Is this something that runs in families?" -> inheritance (runs in families)
    // "should I get tested beforehand?" -> diagnosis (whether someone should be tested)
    subject: 'malignant hyperthermia in family',
    message:
      'My cousin nearly died from malignant hyperthermia during an appendix operation. Is ' +
      'this something that runs in families? I have knee surgery next month, should I get ' +
      'tested beforehand?',
    focus: 'malignant hyperthermia',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "how do we get rid of them safely?" -> storage_disposal (throwing away a medicine)
    message:
      'We have a lot of baclofen tablets left after my dad passed from ALS. how do we get ' +
      'rid of them safely?',
    focus: 'baclofen',
    types: ['storage_disposal'],
  },
  {
    // "what is actually in it, is it made from animals?" -> ingredients (what the medicine contains)
    message:
      "the physio suggested creatine for my muscular dystrophy. I'm vegan, what is actually " +
      'in it, is it made from animals?',
    focus: 'creatine',
    types: ['ingredients'],
  },
  {
    // "How often will she need the infusions?" -> drug_usage (dosing schedule)
    // "How does it work?" -> indication (how the medicine works)
    // "can she get pregnant while on it?" -> contraindications (pregnancy)
    subject: 'eculizumab',
    message:
      'My wife is starting eculizumab for her generalized myasthenia gravis. How often will ' +
      'she need the infusions? How does it work? We were hoping to have a baby next year, ' +
      'can she get pregnant while on it?',
    focus: 'eculizumab',
    types: ['drug_usage', 'indication', 'contraindications'],
  },
  {
    // "What does that mean?" -> genetic_changes (the CTG repeat mutation)
    message:
      'I have myotonic dystrophy type 1 (DM1). The geneticist said I have 300 CTG repeats. ' +
      'What does that mean?',
    focus: 'myotonic dystrophy type 1',
    types: ['genetic_changes'],
  },
  {
    // "Are there any studies on gene therapy for adults with Pompe disease?" -> research (studies)
    message:
      'Are there any studies on gene therapy for adults with Pompe disease? I am 45 and on ' +
      'enzyme infusions every 2 weeks.',
    focus: 'Pompe disease',
    types: ['research'],
  },
  {
    // "can I take them together?" -> interactions (with another medicine)
    // "Will it make my hair fall out?" -> side_effects (a medicine's side effect)
    message:
      'My MG doctor wants to put me on azathioprine (Imuran). I take allopurinol for gout, ' +
      'can I take them together? Will it make my hair fall out?',
    focus: 'azathioprine',
    types: ['interactions', 'side_effects'],
  },
  {
    // "is it ok for her to keep dancing?" -> lifestyle (exercise, ballet)
    // "Will she end up in a wheelchair?" -> prognosis (course, walking)
    subject: 'ballet',
    message:
      'Our daughter (12) has Charcot-Marie-Tooth, type 1A. She loves ballet, is it ok for ' +
      'her to keep dancing? Will she end up in a wheelchair?',
    focus: 'Charcot-Marie-Tooth disease',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "Does that raise his risk of getting Lou Gehrigs disease?" -> susceptibility (exposure raising risk)
    message:
      'My husband played college football and served in the Gulf war. Does that raise his ' +
      'risk of getting Lou Gehrigs disease (ALS)?',
    focus: 'amyotrophic lateral sclerosis',
    types: ['susceptibility'],
  },
  {
    // "how many kids in the UK have it?" -> frequency (how many people)
    // "Is there a charity for families?" -> find_specialist (patient organizations)
    message: 'DMD how many kids in the UK have it? Is there a charity for families?',
    focus: 'Duchenne muscular dystrophy',
    types: ['frequency', 'find_specialist'],
  },
  {
    // "Could the statin be doing this?" -> side_effects (whether a problem comes from the medicine)
    // "Should I just stop taking it?" -> drug_usage (stopping)
    subject: 'Lipitor and weak legs',
    message:
      "I've been on Lipitor for two years and the last few months my thighs ache and I feel " +
      'weak going upstairs. Could the statin be doing this? Should I just stop taking it?',
    focus: 'Lipitor',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Does it cause a purple rash around the eyes?" -> symptoms (whether a sign belongs to it)
    // "is it linked to cancer?" -> association (link between conditions)
    // "is it catching" -> susceptibility (whether someone can catch it)
    subject: 'mother in law',
    message:
      'Hi, my mother in law was diagnosed with dermatomyositis. Does it cause a purple rash ' +
      'around the eyes? she has that. Her doctor also wants a full body scan, is it linked ' +
      'to cancer? And is it catching, our kids visit her every weekend. Thanks',
    focus: 'dermatomyositis',
    types: ['symptoms', 'association', 'susceptibility'],
  },
  {
    // "what is Andersen-Tawil syndrome?" -> information (what it is)
    // "how do they diagnose it" -> diagnosis (how it is confirmed)
    // "which gene is it?" -> genetic_changes (which gene)
    message:
      'what is Andersen-Tawil syndrome? how do they diagnose it and which gene is it? my ' +
      'cardiologist mentioned it because of my heart rhythm and periodic weakness',
    focus: 'Andersen-Tawil syndrome',
    types: ['information', 'diagnosis', 'genetic_changes'],
  },
  {
    // "Could this be myasthenia gravis?" -> diagnosis (whether the signs could be it)
    message:
      'Droopy eyelid and double vision that get worse in the evening. Could this be ' + 'myasthenia gravis?',
    focus: 'myasthenia gravis',
    types: ['diagnosis'],
  },
];
