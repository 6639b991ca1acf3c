/**
 * "devices" set. Messages about medical devices: insulin pumps, CPAP machines, hearing aids, cochlear implants,
 * pacemakers, feeding tubes, wheelchairs, with a condition or a medicine. Written by someone who had read neither
 * the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.843). Scored by devices.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --devices --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const DEVICES_MESSAGES: ConsumerMessage[] = [
  // why: asking whether a pump is an option for type 2 or only type 1 asks only about treatment
  {
    message: 'can people with type 2 diabetes use an insulin pump or is it only for type 1',
    focus: 'type 2 diabetes',
    types: ['treatment'],
  },
  // why: "what is the difference" from sleep apnea asks information; "what actually treats" asks treatment
  {
    subject: 'CPAP did nothing for me',
    message:
      "I was sent for a sleep study and then put on CPAP, but I'm still falling asleep at my desk. My new neurologist says I have narcolepsy and that the CPAP was never going to fix it. What is the difference between narcolepsy and sleep apnea? And what actually treats narcolepsy if the machine doesn't?",
    focus: 'narcolepsy',
    types: ['information', 'treatment'],
  },
  // why: pump vs injections asks treatment; school and swimming ask lifestyle; pump failure leading to DKA asks complications
  {
    subject: 'Insulin pump for a 7 year old?',
    message:
      'Our daughter is 7 and was diagnosed with type 1 diabetes in March. The clinic has offered her an insulin pump. Is a pump really better than injections for a child her age? Can she wear it at school and during swimming lessons? And what happens if the pump stops working in the middle of the night, could she go into DKA before we notice?',
    focus: 'type 1 diabetes',
    types: ['treatment', 'lifestyle', 'complications'],
  },
  // why: how long the insulin lasts in a pump reservoir in the heat asks storage only; the trip is story
  {
    message:
      "How long can Humalog stay in my pump reservoir when it's really hot before it goes bad? Going to Spain in August and don't want to ruin a whole vial.",
    focus: 'Humalog',
    types: ['storage_disposal'],
  },
  // why: playing sports with the ICD asks lifestyle; whether his sister needs testing asks diagnosis
  {
    message:
      'My 15 year old son has long QT syndrome. He passed out during a football match in May and now has an ICD. Can he still play sports with it? Will his younger sister need to be tested too?',
    focus: 'long QT syndrome',
    types: ['lifestyle', 'diagnosis'],
  },
  // why: whether everyone needs an ICD asks treatment; a normal lifespan asks prognosis; whether the kids inherited it asks inheritance
  {
    message:
      'im 42 and was just told i have HCM after an echo for a murmur. cardiologist wants to put in an ICD. does everyone with HCM need one?? if i get it will i have a normal lifespan. and could my kids have inherited this from me',
    focus: 'HCM',
    types: ['treatment', 'prognosis', 'inheritance'],
  },
  // why: using a microwave and mobile phone with a pacemaker is a daily-life question
  {
    subject: 'new pacemaker',
    message:
      'Got a pacemaker for heart block last month. Can I use my microwave and my mobile phone normally or do I have to keep away from them?',
    focus: 'heart block',
    types: ['lifestyle'],
  },
  // why: "is a pacemaker the only treatment" asks treatment; "will it keep getting worse" asks prognosis
  {
    subject: 'pacemaker at 78',
    message:
      "My father is 78 and has sick sinus syndrome. His heart rate drops into the 30s and he's had two falls. The doctor says he needs a pacemaker. Is that the only treatment, or are there tablets he could try first? Will the condition keep getting worse even once he has the pacemaker?",
    focus: 'sick sinus syndrome',
    types: ['treatment', 'prognosis'],
  },
  // why: asking whether it is rare asks frequency; the ICD clinic is story
  {
    message:
      "Is Brugada syndrome rare? I have an ICD for it and my device clinic says I'm the only patient with it they follow.",
    focus: 'Brugada syndrome',
    types: ['frequency'],
  },
  // why: "should I be tested" asks diagnosis; ICD asks treatment; marathons asks lifestyle; "which gene" asks genetic_changes
  {
    subject: 'brother died suddenly - ARVC',
    message:
      "My brother died in his sleep at 29. The autopsy found arrhythmogenic right ventricular cardiomyopathy. Nobody in the family had ever heard of it. I'm 33 and I run marathons. Should I be tested for it? If I do have it, is an ICD the answer, like they put in some people? Would I have to give up running? And which gene is it usually, my cousin says they can look for a specific one.",
    focus: 'arrhythmogenic right ventricular cardiomyopathy',
    types: ['diagnosis', 'treatment', 'lifestyle', 'genetic_changes'],
  },
  // why: what amiodarone is for when he has an ICD asks indication; grapefruit juice asks interactions
  {
    message:
      'my husband has an icd and they also keep him on amiodarone. what is the amiodarone for if the icd is already there to shock him? and is it a problem that he drinks grapefruit juice every morning',
    focus: 'amiodarone',
    types: ['indication', 'interactions'],
  },
  // why: stopping before surgery and for how many days asks drug_usage; safety when planning pregnancy asks contraindications
  {
    subject: 'warfarin and pacemaker change',
    message:
      "I'm 31, I've had a pacemaker since childhood and I take warfarin for a clot I had last year. My pacemaker battery is being replaced in October. Do I need to stop the warfarin before the procedure, and for how many days? Also my husband and I want to try for a baby next year - is it safe to stay on warfarin if I get pregnant?",
    focus: 'warfarin',
    types: ['drug_usage', 'contraindications'],
  },
  // why: whether a cochlear implant would help asks treatment only
  {
    message:
      'Would a cochlear implant help a child with Usher syndrome type 1? Our son is 14 months old and gets nothing from his hearing aids.',
    focus: 'Usher syndrome type 1',
    types: ['treatment'],
  },
  // why: "could that be what she has" asks diagnosis; hearing aids vs implant asks treatment; learning to talk asks prognosis
  {
    message:
      "Our baby girl failed her newborn hearing screen in both ears. She has a white patch in her hair at the front and the bluest eyes, and the audiologist mentioned Waardenburg syndrome. Could that really be what she has? Can she get hearing aids this young or will she need a cochlear implant? Will she learn to talk normally? We're just so worried.",
    focus: 'Waardenburg syndrome',
    types: ['diagnosis', 'treatment', 'prognosis'],
  },
  // why: whether drops after head bumps belong to it asks symptoms; whether hearing aids are enough or an implant is needed asks treatment
  {
    subject: 'Pendred syndrome and hearing aids',
    message:
      'my hearing drops a bit more every time i bump my head, even small knocks. is that part of pendred syndrome? are hearing aids going to be enough for me or will i end up needing an implant',
    focus: 'pendred syndrome',
    types: ['symptoms', 'treatment'],
  },
  // why: asking whether it runs in families asks inheritance; the hearing aids are story
  {
    message: 'is otosclerosis hereditary? i got hearing aids at 35 and my mum had them by 40',
    focus: 'otosclerosis',
    types: ['inheritance'],
  },
  // why: whether a hearing aid helps asks treatment only
  {
    message:
      "Can a hearing aid help with Meniere's disease, or is it a waste of money when the hearing goes up and down?",
    focus: "Meniere's disease",
    types: ['treatment'],
  },
  // why: whether an auditory brainstem implant is an option asks treatment only
  {
    subject: 'NF2 - when a cochlear implant is not possible',
    message:
      'My daughter has NF2 and is losing her hearing from the tumours on both sides. The surgeon says the hearing nerve may not survive surgery, so a cochlear implant might not work. Is an auditory brainstem implant an option for her?',
    focus: 'NF2',
    types: ['treatment'],
  },
  // why: whether his deafness comes from gentamicin asks side_effects; whether he can have it again asks contraindications
  {
    message:
      'Can gentamicin cause deafness? Our son had it for an infection in the NICU and at 2 he now needs hearing aids in both ears. If he ever needs strong antibiotics again is it still ok for him to be given gentamicin?',
    focus: 'gentamicin',
    types: ['side_effects', 'contraindications'],
  },
  // why: "what is" asks information; why hearing aids may not help and whether an implant is better both ask treatment
  {
    message:
      'what is auditory neuropathy? my son was diagnosed last week and the audiologist said hearing aids might not help him much. why not? would a cochlear implant be better',
    focus: 'auditory neuropathy',
    types: ['information', 'treatment'],
  },
  // why: whether the hearing loss can get worse over time asks prognosis; the hearing aids are story
  {
    message: 'Can congenital CMV hearing loss keep getting worse even after he has hearing aids?',
    focus: 'congenital CMV',
    types: ['prognosis'],
  },
  // why: whether hearing loss belongs to the condition asks symptoms
  {
    message:
      "Is hearing loss part of Alport syndrome? I'm 24, I've had blood in my urine since I was a kid, and I just got my first hearing aids.",
    focus: 'Alport syndrome',
    types: ['symptoms'],
  },
  // why: other options than CPAP and whether removing the tonsils would fix it both ask treatment
  {
    message:
      'Our daughter is 9 and has Down syndrome. She was diagnosed with obstructive sleep apnea and rips the CPAP mask off every single night. Are there other options besides CPAP? Would taking out her tonsils fix it?',
    focus: 'obstructive sleep apnea',
    types: ['treatment'],
  },
  // why: using CPAP on the plane asks lifestyle (travel); whether losing weight would cure it asks treatment
  {
    subject: 'sleep apnea - cpap on a plane??',
    message:
      'flying to my daughters wedding in june, 9 hour flight. can i take my cpap machine on the plane and actually use it during the flight. also could losing weight cure my apnea so i can ditch the machine',
    focus: 'sleep apnea',
    types: ['lifestyle', 'treatment'],
  },
  // why: the difference from sleep apnea asks information; why BiPAP instead of CPAP asks treatment; not using it asks complications
  {
    message:
      "What's the difference between obesity hypoventilation syndrome and ordinary sleep apnea? My lung doctor wants me on BiPAP instead of CPAP and I don't understand why. And honestly, what happens if I just don't use it? I hate the mask.",
    focus: 'obesity hypoventilation syndrome',
    types: ['information', 'treatment', 'complications'],
  },
  // why: whether diaphragm pacing is an option asks treatment; breathing on his own someday asks prognosis
  {
    message:
      'Our son is 4 and has congenital central hypoventilation syndrome. He has a trach and is on a ventilator every night and for naps. Another family told us about diaphragm pacers. Is that an option for him? Will he ever be able to breathe on his own when he sleeps?',
    focus: 'congenital central hypoventilation syndrome',
    types: ['treatment', 'prognosis'],
  },
  // why: safety of Xyrem with sleep apnea asks contraindications; timing the second dose asks drug_usage
  {
    subject: 'Xyrem with CPAP',
    message:
      'I use CPAP for sleep apnea and my sleep doctor just prescribed Xyrem for my narcolepsy. Is Xyrem safe for someone who has sleep apnea? And how should I time the second dose in the night, do I set an alarm?',
    focus: 'Xyrem',
    types: ['contraindications', 'drug_usage'],
  },
  // why: whether newborn screening picks it up asks diagnosis; the feeding tube is story
  {
    message:
      'Our baby has SMA type 1 and came home from hospital with an NG tube. We had no idea anything was wrong until she was 3 months old. Is SMA type 1 picked up by newborn screening now?',
    focus: 'SMA type 1',
    types: ['diagnosis'],
  },
  // why: whether night splints help asks treatment; life expectancy asks prognosis; trials asks research
  {
    subject: 'Duchenne - now in a power chair',
    message:
      "My son is 11 and has Duchenne muscular dystrophy. Over the last year he stopped walking and uses his power wheelchair all day now. His physio wants him in night splints. Do they actually help keep his ankles from getting tight now that he isn't walking? What is the life expectancy these days? Are there any trials for boys who are no longer walking? Most of what we find seems to be for younger boys.",
    focus: 'Duchenne muscular dystrophy',
    types: ['treatment', 'prognosis', 'research'],
  },
  // why: whether the AFOs help asks treatment; walking without a walker someday asks prognosis
  {
    message:
      'My 5 yr old has cerebral palsy (spastic diplegia) and wears AFOs on both legs. Do the braces actually help her walking or do they just hold her feet in place? Will she ever walk without her walker?',
    focus: 'cerebral palsy',
    types: ['treatment', 'prognosis'],
  },
  // why: whether sleepiness and floppiness come from the drug asks side_effects
  {
    message:
      "my son has a baclofen pump for his spasticity. since they turned the dose up last week he's very sleepy and floppy, could that be from the baclofen",
    focus: 'baclofen',
    types: ['side_effects'],
  },
  // why: whether ankle braces help asks treatment; hiking with them asks lifestyle
  {
    subject: 'Charcot Marie Tooth and foot drop',
    message:
      'would ankle braces help with the foot drop? and is it ok to keep hiking with them on, I do about 10 miles most weekends',
    focus: 'Charcot Marie Tooth',
    types: ['treatment', 'lifestyle'],
  },
  // why: standing in a stander asks treatment; regular preschool asks lifestyle; whether she will walk asks prognosis
  {
    message:
      'Our 3 year old has osteogenesis imperfecta type 3 and has had over 20 fractures. She gets around in a small wheelchair. Her therapist wants to try a stander. Is it safe for her bones to bear weight like that? Can she go to a regular preschool? Will she ever walk?',
    focus: 'osteogenesis imperfecta type 3',
    types: ['treatment', 'lifestyle', 'prognosis'],
  },
  // why: needing a wheelchair as adults asks the course of the condition, prognosis
  {
    message: 'do most kids with spina bifida need a wheelchair when they grow up',
    focus: 'spina bifida',
    types: ['prognosis'],
  },
  // why: whether the feeding tube is worth it and how it helps asks treatment; "is it hereditary" asks inheritance
  {
    message:
      "My husband has ALS. His swallowing is getting worse and the team is talking about a PEG feeding tube. Is a feeding tube worth it at this stage, how does it help him? Also our daughter keeps asking me if ALS is hereditary, she's scared she'll get it.",
    focus: 'ALS',
    types: ['treatment', 'inheritance'],
  },
  // why: what heart problems it causes asks complications; pacemaker or ICD asks treatment; driving asks lifestyle
  {
    subject: 'Pacemaker and myotonic dystrophy',
    message:
      'I have myotonic dystrophy type 1 and my ECG shows a conduction delay. What heart problems can this condition cause? Should I be getting a pacemaker or an ICD? Can I still drive?',
    focus: 'myotonic dystrophy type 1',
    types: ['complications', 'treatment', 'lifestyle'],
  },
  // why: asking for specialists who know the disease asks find_specialist; the BiPAP and wheelchair are story
  {
    message:
      'are there any pompe disease specialists in the midwest? my wife uses a bipap at night and a wheelchair outside the house and her local neurologist has never had another patient with it',
    focus: 'pompe disease',
    types: ['find_specialist'],
  },
  // why: timing the last dose before the pump asks drug_usage; keeping unopened pens in the fridge or throwing them away asks storage_disposal
  {
    subject: 'switching from Lantus to a pump',
    message:
      'I start on my insulin pump next Tuesday. When should I take my last Lantus dose? And do I need to get rid of my unopened Lantus pens or can I keep them in the fridge as a backup in case the pump fails?',
    focus: 'Lantus',
    types: ['drug_usage', 'storage_disposal'],
  },
  // why: whether the G-tube helps asks treatment; swimming with the button asks lifestyle; new research asks research
  {
    message:
      "Our daughter is 10 and has cystic fibrosis. She's underweight and her team suggests a G-tube for overnight feeds. Will it help her lungs too or only her weight? Can she still swim with a button in? Is there anything new being researched for kids who haven't done well on the modulators?",
    focus: 'cystic fibrosis',
    types: ['treatment', 'lifestyle', 'research'],
  },
  // why: "what is" asks information; whether diabetes can cause it asks association; why a feeding tube asks treatment
  {
    message:
      'What is gastroparesis exactly? I have had diabetes for 20 years, can that cause it? My GI doctor says if I keep losing weight I may need a feeding tube into the small bowel, why would that work when my stomach does not?',
    focus: 'gastroparesis',
    types: ['information', 'association', 'treatment'],
  },
];
