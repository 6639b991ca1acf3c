/**
 * "typos" set. Messages with many spelling mistakes, in the names of conditions and medicines too, from
 * people who write quickly on a phone or are not confident spellers. Written by someone who had read neither
 * the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.975, type F1 0.855). Scored by typos.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --typos --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const TYPOS_MESSAGES: ConsumerMessage[] = [
  // why: asks only how long boys with it live -> prognosis
  {
    message:
      'my nephew just got diagnosed with duchene musclar dystrophy hes 5. how long do boys with it usualy live?? my sister wont ask the doctors',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis'],
  },
  // why: whether it can turn into cancer -> complications
  {
    message:
      'can neurofibromitosis type 1 turn in to cancer. my daughter (11) has alot of lumps on her back and arms and im scared',
    focus: 'neurofibromatosis type 1',
    types: ['complications'],
  },
  // why: gym/weights is daily life -> lifestyle; what helps the pain -> treatment
  {
    message:
      'hi im 24 with hypermobile ehlers danlos. can i still go gym and lift weights or will i just dislocate everything lol. also anythng that actualy helps the joint pain? paracetamol does nothing',
    focus: 'Ehlers-Danlos syndrome',
    types: ['lifestyle', 'treatment'],
  },
  // why: chance I get it -> inheritance; should I get tested -> diagnosis
  {
    message:
      "My grandad had huntingtons and now my mum has been told she has it to. Whats the chance I get it? Should I get tested, I'm 22 and scared",
    focus: 'Huntington disease',
    types: ['inheritance', 'diagnosis'],
  },
  // why: missed dose / doubling up is how to take it -> drug_usage
  {
    message: 'i take metformine 500 twice a day. if i forget the morning one can i take 2 at nite??',
    focus: 'metformin',
    types: ['drug_usage'],
  },
  // why: whether the runs come from the medicine -> side_effects; wine with it -> interactions
  {
    message:
      'started metformine 3 weeks ago and ive had the runs ever since, is that the tablets? and can i have a couple glasses of wine with it at xmas',
    focus: 'metformin',
    types: ['side_effects', 'interactions'],
  },
  // why: chance next baby has it -> inheritance; new drug trials -> research
  {
    message:
      'our son has cistic fibrosis (hes 3). we would like another baby. what are the chances the next one has it aswell? also i read about new drug trials, is anything new comming',
    focus: 'cystic fibrosis',
    types: ['inheritance', 'research'],
  },
  // why: whether his signs could be it and which test confirms it are both diagnosis
  {
    message:
      'Hello, my son is 14 and very tall and thin with very long fingers, and the optician said the lens in his eye is a bit out of place. Could this be marfans syndrom? What test would show it for sure?',
    focus: 'Marfan syndrome',
    types: ['diagnosis'],
  },
  // why: asks what the condition is -> information
  {
    message:
      "what is tuberus sclerosis. the scan of my baby's heart showed some tumours and the doctor said we need to check for it",
    focus: 'tuberous sclerosis',
    types: ['information'],
  },
  // why: what diet -> lifestyle; will she grow out of the hunger (course) -> prognosis
  {
    subject: 'prader willy - food',
    message:
      'my grandaughter is 6 and always hungry, we have to lock the fridge. what diet should she be on? will she grow out of the hunger when shes older?',
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle', 'prognosis'],
  },
  // why: which gene -> genetic_changes; how rare -> frequency; condition only in subject
  {
    subject: 'Gauchers',
    message: 'Which gene is it? And how rare is it realy, no one in our town has ever heard of it',
    focus: 'Gaucher disease',
    types: ['genetic_changes', 'frequency'],
  },
  // why: what brings the pain attacks on -> cause; what to do differently in class/sport -> lifestyle
  {
    message:
      'Im a teacher, one of my pupils (8) has fabrys disease. he gets burning pain in his hands and feet in PE and on hot days. what brings it on? is there anything i should do diferently in class or sport',
    focus: 'Fabry disease',
    types: ['cause', 'lifestyle'],
  },
  // why: life expectancy/worse -> prognosis; cure -> treatment; neurologist -> find_specialist
  {
    message:
      'my wife has mysthenia gravis since last year. what is the life expectency, does it get worse over time? is there a cure? and where can we find a neurologist who really knows it, we are in the north of england',
    focus: 'myasthenia gravis',
    types: ['prognosis', 'treatment', 'find_specialist'],
  },
  // why: hours between doses -> drug_usage; safe in pregnancy -> contraindications; question is about the medicine
  {
    message:
      'my wife take pyridostigmin (mestinon) for the myasthenia. how many hours between the tablets she must keep? and now she is pregnant, it is safe for the baby?',
    focus: 'pyridostigmine',
    types: ['drug_usage', 'contraindications'],
  },
  // why: whether it is contagious (asked twice in other words) -> susceptibility
  {
    message:
      'my husband has ALS (amyotropic lateral sclerossis). is it contagius?? our kids are scared to hug him and honestly so am i',
    focus: 'amyotrophic lateral sclerosis',
    types: ['susceptibility'],
  },
  // why: tablets for life / stopping -> treatment; avoiding chocolate and shellfish is diet -> lifestyle
  {
    message:
      'son 19 diagnosed with wilsons diesase. is he on tablets for life or can he stop one day? and does he realy have to avoid chocolate and shellfish, he loves prawns',
    focus: 'Wilson disease',
    types: ['treatment', 'lifestyle'],
  },
  // why: what she can eat is diet -> lifestyle
  {
    message:
      'phenylketonurea. my baby girl tested positive on the heel prick test. what will she be able to eat when shes bigger, will she ever eat normal food like pizza?',
    focus: 'phenylketonuria',
    types: ['lifestyle'],
  },
  // why: how many people have it -> frequency; research/trials -> research
  {
    message:
      'fibrodisplasia ossificans progresiva. how many people in the world actualy have this? and is there research or trials going on anywere',
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['frequency', 'research'],
  },
  // why: wheelchair -> prognosis; surgery -> treatment; kids get it -> inheritance
  {
    message:
      'charcot marie tooth. i have it, 38, my feet are getting worse. will i end up in a wheel chair? is there surgery for the high arches. will my kids get it',
    focus: 'Charcot-Marie-Tooth disease',
    types: ['prognosis', 'treatment', 'inheritance'],
  },
  // why: could his signs be it -> diagnosis; who to see -> find_specialist
  {
    message:
      'my son is 9 and has tics, blinking and sniffing and lately shouting words. could this be tourrets? who do we even see, neurologist or psychiatrist?',
    focus: 'Tourette syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: whether the named medicine caused the condition -> association; will skin heal -> prognosis
  {
    message:
      'my sister is in hospital with steven johnson syndrom, it started 3 weeks after she began lamotragine for her epilepsy. could the lamotragine have caused it? will her skin and eyes heal?',
    focus: 'Stevens-Johnson syndrome',
    types: ['association', 'prognosis'],
  },
  // why: what causes it -> cause; will he walk again -> prognosis
  {
    message:
      "my dad got gillian barre syndrome 2 weeks after a stomach bug, now he's in ICU and cant move his legs. what causes it? will he walk again",
    focus: 'Guillain-Barre syndrome',
    types: ['cause', 'prognosis'],
  },
  // why: will I go blind -> prognosis; driving -> lifestyle; which gene -> genetic_changes
  {
    subject: 'retinitis pigmentossa',
    message:
      'I am 30 and losing my night vision and side vision. will i go completly blind? can i still drive at day? my doctor mention genetic testing, wich gene is it?',
    focus: 'retinitis pigmentosa',
    types: ['prognosis', 'lifestyle', 'genetic_changes'],
  },
  // why: asks only for the signs -> symptoms
  {
    message:
      'wat are the signs of angelmans syndrom? my friends baby isnt sitting at 10 months and laughs all the time, she is worried',
    focus: 'Angelman syndrome',
    types: ['symptoms'],
  },
  // why: how common -> frequency
  {
    message:
      'my neice was diagnosed with retts syndrom at 2 after she stoped using her hands and stopped talking. how common is it? her doctors said they rarely see it',
    focus: 'Rett syndrome',
    types: ['frequency'],
  },
  // why: is there a blood test for it -> diagnosis
  {
    message:
      'Is there a blood test for friedrichs ataxia? My son (12) keep falling and is clumsy, his cousin have it.',
    focus: 'Friedreich ataxia',
    types: ['diagnosis'],
  },
  // why: slow it down -> treatment; cutting salt/protein is diet -> lifestyle; should kids be scanned -> diagnosis
  {
    message:
      'policystic kidney disease. i have it, my mum died of it on dialysis. is there anything to slow it down? should i cut salt or protein? do my 2 kids need scans?',
    focus: 'polycystic kidney disease',
    types: ['treatment', 'lifestyle', 'diagnosis'],
  },
  // why: how it is confirmed / blood test -> diagnosis
  {
    subject: 'addisions?',
    message:
      "GP thinks i might have addisons disease, i've gone dark and i'm dizzy when i stand up and crave salt. how do they confirm it, is it a blood test?",
    focus: 'Addison disease',
    types: ['diagnosis'],
  },
  // why: whether hunger/insomnia come from the medicine -> side_effects; coming off it -> drug_usage
  {
    message:
      'predisone 40mg for 3 weeks, im starving all the time and cant sleep. is this from the tablets? how do i come off them, doc said never stop sudenly',
    focus: 'prednisone',
    types: ['side_effects', 'drug_usage'],
  },
  // why: baby have it -> inheritance; test before birth -> diagnosis; support group -> find_specialist
  {
    message:
      'me and my partner want a baby. i have osteogenisis imperfecta type 1. will the baby have it? can they test the baby before its born? and is there a support group for parents with OI',
    focus: 'osteogenesis imperfecta',
    types: ['inheritance', 'diagnosis', 'find_specialist'],
  },
  // why: what it is for -> indication; eye damage -> side_effects; heat in car/suitcase -> storage_disposal
  {
    subject: 'hydroxichloroquin',
    message:
      "I take it for lupus. what is it actualy for, isnt it a malaria tablet?? can it damage my eyes, my freind said so. and we're going to spain, can it stay in a hot car or suitcase",
    focus: 'hydroxychloroquine',
    types: ['indication', 'side_effects', 'storage_disposal'],
  },
  // why: alcohol with the medicine -> interactions; late weekly dose -> drug_usage
  {
    message:
      'on metotrexate weekly injections for RA. can i drink at my sisters wedding? and if im 2 days late with the injection do i still do it or skip',
    focus: 'methotrexate',
    types: ['interactions', 'drug_usage'],
  },
  // why: food (spinach, broccoli) with the medicine -> interactions
  {
    message: 'warfrin - can i still eat spinach and brocoli? my INR is up and down all the time',
    focus: 'warfarin',
    types: ['interactions'],
  },
  // why: what the medicine contains -> ingredients
  {
    message: 'does gabapentine have lactose in it, im lactose intolerent',
    focus: 'gabapentin',
    types: ['ingredients'],
  },
  // why: timing relative to breakfast -> drug_usage
  {
    message: 'levothyroxin do i take it before or after brekfast? pharmacist said one thing gp said another',
    focus: 'levothyroxine',
    types: ['drug_usage'],
  },
  // why: driving with it is daily life -> lifestyle
  {
    message: 'narcolepsey - am i allowed to drive? just been diagnosed at 19 and i need my car for work',
    focus: 'narcolepsy',
    types: ['lifestyle'],
  },
  // why: what attacks are set off by -> cause; stopping them happening again -> prevention
  {
    message:
      'acute intermitent porphiria, my last attack put me in hospital for 2 weeks. what sets the attacks off and how do i stop them happening again?',
    focus: 'acute intermittent porphyria',
    types: ['cause', 'prevention'],
  },
  // why: which signs belong to it -> symptoms; link with lymphoma (second condition) -> association
  {
    message:
      'shogrens syndrome - is it only dry eyes and dry mouth or does it cause other stuff too? and is there a link with lymphoma, i read somthing scary online',
    focus: 'Sjogren syndrome',
    types: ['symptoms', 'association'],
  },
  // why: what it is -> information; stress named as cause -> association; how long people live -> prognosis
  {
    message:
      'sclaroderma. what is it exactly? could stress have caused it, i had a terrible year before. and how long do people live with it',
    focus: 'scleroderma',
    types: ['information', 'association', 'prognosis'],
  },
  // why: whether two conditions are the same -> information; the son's condition (Becker) is the focus
  {
    message:
      'is becker musclar dystrophy the same as duchenes? my son (7) has just been told he has becker and everything i find online is about duchene',
    focus: 'Becker muscular dystrophy',
    types: ['information'],
  },
];
