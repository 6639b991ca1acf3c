/**
 * "abbreviated" set. Messages full of medical and chat abbreviations: condition names (MS, ALS, CF, SMA, DMD,
 * EDS, POTS, PKU, NF1, TSC, PCOS, IBD, RA, SLE, T1D, AF, DVT, PE, COPD), tests (MRI, EEG, ECG, CBC, LFTs) and
 * short forms (dx, tx, hx, rx, dr, appt, meds, w/, b/c). Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide (src/understand/README.md)
 * and checking only that each focus is a name the knowledge base holds. Scored once, before any change made for
 * it (focus 1.000, type F1 0.912). Scored by abbreviated.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --abbreviated --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const ABBREVIATED_MESSAGES: ConsumerMessage[] = [
  // why: "is it ok to stay on Tecfidera while ttc or do i need to stop b4" asks whether the medicine is safe when trying for pregnancy
  {
    message:
      "hi, 34F, dx'd w/ RRMS 2 yrs ago after an MRI showed lesions, on Tecfidera since. hubby & I want to start ttc next yr - is it ok to stay on Tecfidera while ttc or do i need to stop b4?",
    focus: 'Tecfidera',
    types: ['contraindications'],
  },
  // why: "what's the life expectancy w/ CF" asks prognosis; "new meds that fix the actual problem" asks treatment
  {
    subject: 'CF q',
    message:
      "my nephew (6) has CF. sis says he's doing ok but tbh I'm scared to ask her - what's the life expectancy w/ CF nowadays? and is it true there are new meds that fix the actual problem?",
    focus: 'CF',
    types: ['prognosis', 'treatment'],
  },
  // why: "did he get it from me" (carrier) asks inheritance; "will he stop walking & when" asks prognosis; "any trials" asks research
  {
    message:
      "Son (4) just dx'd w/ DMD after his CK came back sky high. dr mentioned I might be a carrier. did he get it from me?? will he stop walking & when? any trials we could get him into? sorry for all the q's, still in shock",
    focus: 'DMD',
    types: ['inheritance', 'prognosis', 'research'],
  },
  // why: "is that from the riluzole" asks whether nausea and dizziness are side effects of the medicine
  {
    message:
      "Dad has ALS, dx in March. neuro started him on riluzole last wk & he's been nauseous + dizzy since. is that from the riluzole?",
    focus: 'riluzole',
    types: ['side_effects'],
  },
  // why: "what is it actually for" asks indication; "will it make me put on wt" asks side effects
  {
    message:
      'hEDS + POTS combo here lol. my cardio wants me on fludrocortisone. what is it actually for & will it make me put on wt?',
    focus: 'fludrocortisone',
    types: ['indication', 'side_effects'],
  },
  // why: "can he have normal bread & pasta or ... special low protein stuff" asks about diet, i.e. lifestyle
  {
    subject: 'PKU grandson visiting',
    message:
      'Our grandson has PKU and is staying w/ us for the wknd while his parents are away. Can he have normal bread & pasta or does everything need to be the special low protein stuff?',
    focus: 'PKU',
    types: ['lifestyle'],
  },
  // why: "what are the odds I have it too" asks inheritance; "how does the predictive test work" asks diagnosis; "genetic counseling clinic" asks find_specialist
  {
    message:
      "My mom has HD, dx'd at 52. I'm 28 & honestly terrified, I keep watching myself for twitches. what are the odds I have it too? how does the predictive test work? and is there a genetic counseling clinic I need to go thru first?",
    focus: 'HD',
    types: ['inheritance', 'diagnosis', 'find_specialist'],
  },
  // why: "can NF1 turn into cancer" asks complications
  {
    message:
      '7yo dd has NF1 - loads of cafe au lait spots, had an MRI last yr which was fine. now she has a lump on her back. can NF1 turn into cancer?',
    focus: 'NF1',
    types: ['complications'],
  },
  // why: "how does Afinitor work" asks indication; "how long would he have to be on it" asks drug usage
  {
    subject: 'TSC + Afinitor',
    message:
      'my boy (9) has TSC & his SEGA is growing on the latest MRI. neuro suggested Afinitor instead of surgery. how does Afinitor work, and how long would he have to be on it?',
    focus: 'Afinitor',
    types: ['indication', 'drug_usage'],
  },
  // why: "any tx that actually fixes PCOS or is it just managing sx" asks treatment
  {
    message:
      "dx'd w/ PCOS at 19, now 24. is there any tx that actually fixes PCOS or is it just managing sx forever??",
    focus: 'PCOS',
    types: ['treatment'],
  },
  // why: "can I have a glass of wine" asks interactions with alcohol; "missed this wk's dose ... take it now or wait" asks drug usage
  {
    subject: 'MTX + wine',
    message:
      "Started methotrexate for RA 3 wks ago (weekly inj, LFTs fine so far). Can I have a glass of wine w/ dinner? Also missed this wk's dose by 2 days - do I take it now or wait til next wk?",
    focus: 'methotrexate',
    types: ['interactions', 'drug_usage'],
  },
  // why: "what causes SLE" asks cause; "can she still play netball & go in the sun" asks lifestyle; "will it damage her kidneys" asks complications
  {
    message:
      "dd 16 just dx'd w/ SLE after a rash, joint pain & +ve ANA. what causes SLE? can she still play netball & go in the sun on hols? will it damage her kidneys?",
    focus: 'SLE',
    types: ['cause', 'lifestyle', 'complications'],
  },
  // why: "should his little sister be tested early" asks whether a relative should be tested, i.e. diagnosis
  {
    message:
      "My 5yo was dx'd w/ T1D last month (DKA, PICU, the lot). should his little sister be tested early so we catch it sooner?",
    focus: 'T1D',
    types: ['diagnosis'],
  },
  // why: "does he stop the Eliquis b4" asks drug usage (stopping); "are his bleeding gums a s/e" asks side effects
  {
    message:
      "Hubby (72) has AF, picked up on an ECG at his checkup, now on Eliquis. he's having a tooth out next wk - does he stop the Eliquis b4? and are his bleeding gums a s/e of it?",
    focus: 'Eliquis',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "what can I do to stop another DVT happening" asks prevention
  {
    subject: 'DVT + long flight',
    message:
      'had a DVT in my L leg after a 14hr flight last yr, finished 6 mo of Xarelto. flying to Oz again in Dec. what can I do to stop another DVT happening on the plane?',
    focus: 'DVT',
    types: ['prevention'],
  },
  // why: "what causes a pulmonary embolism" asks cause; "will she make a full recovery" asks prognosis
  {
    message:
      'mum (67) had a PE in hospital after her hip op. what causes a pulmonary embolism exactly? & will she make a full recovery?',
    focus: 'pulmonary embolism',
    types: ['cause', 'prognosis'],
  },
  // why: "is the Spiriva still ok to use w/ the new metoprolol" asks interactions with another medicine
  {
    message:
      'Grandad (80) has COPD and uses a Spiriva inhaler. his GP just added metoprolol for his heart - is the Spiriva still ok to use w/ the new metoprolol?',
    focus: 'Spiriva',
    types: ['interactions'],
  },
  // why: "what causes MG" asks cause; "will it spread from my eyes" asks prognosis (course); "is a thymectomy worth it" asks treatment
  {
    subject: "MG q's",
    message:
      "dx'd w/ ocular MG after an EMG + antibody bloods. what causes MG? will it spread from my eyes to the rest of my body? is a thymectomy worth it?",
    focus: 'MG',
    types: ['cause', 'prognosis', 'treatment'],
  },
  // why: "what are the tx options" asks treatment
  {
    message:
      "lo (8 wks) dx'd w/ SMA type 1 from the newborn heel prick. what are the tx options pls? we see the neuro on thurs",
    focus: 'SMA type 1',
    types: ['treatment'],
  },
  // why: "can I open the capsule & mix it into apple sauce" asks drug usage; "does Creon need to be kept in the fridge" asks storage
  {
    message:
      'CF mum here. my little one is 2 & takes Creon w/ every meal. can I open the capsule & mix it into apple sauce? & does Creon need to be kept in the fridge?',
    focus: 'Creon',
    types: ['drug_usage', 'storage_disposal'],
  },
  // why: "could this be EDS" asks diagnosis; "what kind of dr do I ask ... to refer me to" asks find_specialist
  {
    subject: 'EDS??',
    message:
      '17F. super bendy, shoulders dislocate, stretchy skin, bruise from nothing. could this be EDS? & what kind of dr do I ask my GP to refer me to for a dx?',
    focus: 'EDS',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: "is there a special diet for POTS" (and "loads of salt" asking the same) asks lifestyle
  {
    message:
      "POTS pt here, dx'd after a tilt table test in Jan. is there a special diet for POTS? ppl online keep saying loads of salt??",
    focus: 'POTS',
    types: ['lifestyle'],
  },
  // why: "how often is the inj" asks drug usage; "can he still have a few beers on it" asks interactions; "more likely to get infections" asks side effects
  {
    message:
      "Partner (29) has Crohn's disease & his GI wants to start him on Humira. how often is the inj? can he still have a few beers on it? & does Humira make you more likely to get infections?",
    focus: 'Humira',
    types: ['drug_usage', 'interactions', 'side_effects'],
  },
  // why: "is UC the same thing as Crohn's" asks whether two conditions are the same, i.e. information
  {
    message: "is UC the same thing as Crohn's or are they diff?",
    focus: 'UC',
    types: ['information'],
  },
  // why: "what is HHT" asks information; "is there a gene test" asks diagnosis
  {
    subject: 'nosebleeds x3 generations',
    message:
      'my dad, me & now my 8yo all get really bad nosebleeds. GP mentioned HHT. what is HHT and is there a gene test for it?',
    focus: 'HHT',
    types: ['information', 'diagnosis'],
  },
  // why: "how many ppl actually have FMF" asks frequency; "is it hereditary" asks inheritance
  {
    message:
      'Turkish hubby has FMF, takes colchicine daily. how many ppl actually have FMF? & is it hereditary - should we worry for our kids?',
    focus: 'FMF',
    types: ['frequency', 'inheritance'],
  },
  // why: "which gene is it" asks genetic changes; "will I end up in a wheelchair" asks prognosis; "any trials" asks research
  {
    message:
      "dx'd w/ CMT after nerve conduction studies, neuro says type 1A. which gene is it? will I end up in a wheelchair? any trials going on atm?",
    focus: 'CMT',
    types: ['genetic_changes', 'prognosis', 'research'],
  },
  // why: "is that the Keppra" asks whether anger and moodiness come from the medicine, i.e. side effects
  {
    subject: 'Keppra rage??',
    message:
      'my 10yo has been on Keppra for epilepsy since Sept (EEG showed spikes) & he is SO angry + moody now. is that the Keppra?',
    focus: 'Keppra',
    types: ['side_effects'],
  },
  // why: "does cranberry juice or green veg mess w/ warfarin" asks interactions with food; "what if she misses a dose" asks drug usage
  {
    message:
      'mum is on warfarin for AF since 2015, INR all over the place. does cranberry juice or green veg mess w/ warfarin? & what should she do if she misses a dose?',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  // why: "should I get an u/s to check if I have it too" asks diagnosis; "anything that slows it down" asks treatment
  {
    subject: 'kidneys',
    message:
      "My bro has ADPKD & went on dialysis at 45. I'm 40 - should I get an u/s to check if I have it too? & if I do, is there anything that slows it down?",
    focus: 'ADPKD',
    types: ['diagnosis', 'treatment'],
  },
  // why: "is it safe for her to do PE at school" (PE = physical education) asks about daily life, i.e. lifestyle
  {
    message: 'my niece (10) has OI. is it safe for her to do PE at school or should she sit it out?',
    focus: 'OI',
    types: ['lifestyle'],
  },
  // why: "chance baby gets MFS" asks inheritance; "life expectancy w/ MFS" asks prognosis; "see a genetic counsellor" asks find_specialist
  {
    subject: 'MFS + baby',
    message:
      "I have MFS (aortic root 4.1 on last echo, on losartan). we want a baby. what's the chance baby gets MFS? what's life expectancy w/ MFS these days? & should we see a genetic counsellor 1st?",
    focus: 'MFS',
    types: ['inheritance', 'prognosis', 'find_specialist'],
  },
  // why: "can hydroxyurea cause cancer long term" asks side effects
  {
    subject: 'HU for SCD',
    message:
      'my 3yo w/ SCD was just started on hydroxyurea by the haem team. can hydroxyurea cause cancer long term?',
    focus: 'hydroxyurea',
    types: ['side_effects'],
  },
  // why: "what causes ITP" asks cause; "will it go away by itself or is it lifelong" asks prognosis
  {
    message:
      "dx'd w/ ITP after a routine CBC showed plts of 18. what causes ITP? & will it go away by itself or is it lifelong?",
    focus: 'ITP',
    types: ['cause', 'prognosis'],
  },
  // why: "can JIA cause eye problems" asks complications; "will she grow out of it" asks prognosis; "support group for parents" asks find_specialist
  {
    message:
      "dd (4) dx'd w/ JIA in both knees. rheum mentioned regular eye checks - can JIA cause eye problems? will she grow out of it? & is there a support group for parents in the UK?",
    focus: 'JIA',
    types: ['complications', 'prognosis', 'find_specialist'],
  },
  // why: "what is PSP" asks information; "how do they tell the diff" from Parkinson's asks diagnosis
  {
    message: "Dad's neuro can't decide if it's PSP or Parkinson's. what is PSP & how do they tell the diff?",
    focus: 'PSP',
    types: ['information', 'diagnosis'],
  },
  // why: "what's actually in it" asks ingredients; "does it interact w/ her clobazam" asks interactions; "does the bottle go in the fridge" asks storage
  {
    subject: 'Epidiolex',
    message:
      "our dd w/ Dravet syndrome just got approved for Epidiolex. what's actually in it - same as the CBD oil in shops? does it interact w/ her clobazam? & does the bottle go in the fridge once opened?",
    focus: 'Epidiolex',
    types: ['ingredients', 'interactions', 'storage_disposal'],
  },
  // why: "is CJD contagious" asks whether someone can catch it, i.e. susceptibility
  {
    message:
      "my aunt was dx'd w/ CJD after an MRI + EEG. is CJD contagious? we want to visit her in hospital but my cousin is pregnant",
    focus: 'CJD',
    types: ['susceptibility'],
  },
  // why: "is Lamictal safe while bf'ing" asks contraindications; "will my dose need changing after the birth" asks drug usage; "ok w/ the mini pill" asks interactions
  {
    message:
      "on Lamictal 200mg for epilepsy, baby due in May. is Lamictal safe while bf'ing? will my dose need changing after the birth? & is it ok w/ the mini pill?",
    focus: 'Lamictal',
    types: ['contraindications', 'drug_usage', 'interactions'],
  },
  // why: "is exercise good or bad for FSHD" asks lifestyle; "will our 2 kids get it" asks inheritance
  {
    subject: 'FSHD',
    message:
      "husband dx'd w/ FSHD at 38 (gene test confirmed). is exercise good or bad for FSHD? & will our 2 kids get it?",
    focus: 'FSHD',
    types: ['lifestyle', 'inheritance'],
  },
];
