/**
 * "organizations" set. Messages about patient organizations, charities and support groups: finding or
 * starting one, meeting other families, registries, giving samples or money to research, volunteering, with
 * other questions about the condition. Written by someone who had read neither the understanding or retrieval
 * code nor any earlier set, following the labeling guide (src/understand/README.md) and checking only that
 * each focus is a name the knowledge base holds. Scored once, before any change made for it (focus 1.000,
 * type F1 0.863). Scored by organizations.test.ts and by `npx tsx test/understand/support/score-messages.ts
 * --organizations --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const ORGANIZATIONS_MESSAGES: ConsumerMessage[] = [
  // why: only asks for a support group of other parents -> find_specialist
  {
    message:
      'are there any support groups for moebius syndrome parents?? my daughter is 2 and we dont know a single other family with it',
    focus: 'Moebius syndrome',
    types: ['find_specialist'],
  },
  // why: signing up to a patient registry (and what it is used for) is research
  {
    subject: 'HAE registry',
    message:
      'Hello, I have hereditary angioedema and my allergist mentioned there is a patient registry. Is there one I can sign up for and what do they actually do with the information?',
    focus: 'hereditary angioedema',
    types: ['research'],
  },
  // why: donating tissue to research after death -> research; the loss is story
  {
    message:
      'My husband had ALS and passed away on Sunday. Years ago he signed something saying he wanted to give his brain and spinal cord to research. Is it too late now to donate them for ALS studies?',
    focus: 'amyotrophic lateral sclerosis',
    types: ['research'],
  },
  // why: meeting other families (meetups) -> find_specialist
  {
    message: 'Looking for other families with Smith Magenis in the Manchester area, does anyone run meetups?',
    focus: 'Smith-Magenis syndrome',
    types: ['find_specialist'],
  },
  // why: volunteering is story; the only question is what the condition is -> information
  {
    message:
      'I just started volunteering at a charity shop that raises money for Batten disease and realised I have no idea what it actually is. Can someone explain it in simple words so I can tell customers?',
    focus: 'Batten disease',
    types: ['information'],
  },
  // why: chance the next baby has it -> inheritance; the conference is story
  {
    message:
      'we met another family at the CHARGE conference and their 2nd kid has it too. we want another baby - what are the odds for us',
    focus: 'CHARGE syndrome',
    types: ['inheritance'],
  },
  // why: whether he will end up in a wheelchair is the outlook -> prognosis
  {
    message:
      "At the Friedreich's ataxia support group I met a lady in her 40s who still walks with a stick. My son is 12 and was just diagnosed. Will he end up in a wheelchair, and how soon?",
    focus: 'Friedreich ataxia',
    types: ['prognosis'],
  },
  // why: registering a charity is paperwork, a non-medical request -> other
  {
    subject: 'starting a charity',
    message:
      'A few of us Rett syndrome mums have been meeting for coffee for 3 years and now we want to register as a proper charity so we can fundraise. Do we need a solicitor for the paperwork or can we do it ourselves?',
    focus: 'Rett syndrome',
    types: ['other'],
  },
  // why: what food to serve / special diet -> lifestyle
  {
    message:
      'Our Prader-Willi support group is planning a summer camp for the kids. What kind of food should we be serving them, is there a special diet we need to follow?',
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle'],
  },
  // why: whether plasma exchange is a real therapy -> treatment
  {
    message:
      'someone in my facebook group for myasthenia gravis said plasma exchange helped them loads. is that an actual treatment or just a thing people try??',
    focus: 'myasthenia gravis',
    types: ['treatment'],
  },
  // why: recruiting clinical trials -> research
  {
    message:
      'Are there any clinical trials for Alport syndrome recruiting in Canada? The kidney foundation newsletter mentioned one but there was no link.',
    focus: 'Alport syndrome',
    types: ['research'],
  },
  // why: whether she should be tested because her signs match -> diagnosis
  {
    message:
      'I went to an EDS support meeting with my friend and honestly half of what they talked about sounds like me, the bendy joints, the bruising, the tiredness. Should I get tested for Ehlers Danlos?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['diagnosis'],
  },
  // why: skipping doses of the medicine -> drug_usage; the medicine is the focus
  {
    message:
      'my son takes hydroxyurea for his sickle cell. we are going to a family camp run by the sickle cell society for a week. can he skip it while were there or does it have to be every day',
    focus: 'hydroxyurea',
    types: ['drug_usage'],
  },
  // why: how rare it is -> frequency; no support group is story, not a question
  {
    message:
      "How rare is Erdheim Chester disease really? I can't find a single support group for it in my country, it feels like there are five of us in the whole world.",
    focus: 'Erdheim-Chester disease',
    types: ['frequency'],
  },
  // why: asks for a parents association -> find_specialist
  {
    message:
      'Hello, I am from Poland and living now in Ireland. My son have Williams syndrome. Is there association of parents here where we can go? Thank you very much.',
    focus: 'Williams syndrome',
    types: ['find_specialist'],
  },
  // why: group of other parents -> find_specialist; chance the brother has it too -> inheritance
  {
    message:
      'My daughter was diagnosed with tuberous sclerosis last week and I feel so alone. Is there a group where I can talk to other parents? And what are the chances her little brother has it as well?',
    focus: 'tuberous sclerosis complex',
    types: ['find_specialist', 'inheritance'],
  },
  // why: adult support groups -> find_specialist; therapy besides diet -> treatment
  {
    subject: 'PKU adults',
    message:
      "I'm 24 with PKU and have been off diet for years (I know...). Are there any support groups for adults with it? And is there any treatment now apart from the diet?",
    focus: 'phenylketonuria',
    types: ['find_specialist', 'treatment'],
  },
  // why: how long boys live -> prognosis; new things and trials -> research
  {
    message:
      'Grandpa here. My grandson has Duchenne muscular dystrophy, he is 6. How long do boys with this live nowadays? And are they working on anything new, any trials he could get into? His parents are too tired to look so I said I would.',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'research'],
  },
  // why: organisation that advises schools -> find_specialist; PE at school -> lifestyle
  {
    message:
      "I'm a year 2 teacher and a pupil with brittle bone disease (osteogenesis imperfecta) is joining my class in September. Is there an organisation that gives advice to schools? Can he do PE at all or is it too risky?",
    focus: 'osteogenesis imperfecta',
    types: ['find_specialist', 'lifestyle'],
  },
  // why: whether feeding trouble belongs to it -> symptoms; meeting other mums -> find_specialist
  {
    message:
      'my baby has kabuki syndrome. is it normal she has so much trouble feeding? and where can i meet other kabuki mums',
    focus: 'Kabuki syndrome',
    types: ['symptoms', 'find_specialist'],
  },
  // why: whether sleepiness comes from the medicine -> side_effects; other studies to join -> research
  {
    message:
      "Our daughter with Dravet syndrome got into a cannabidiol study through the foundation. She's been really sleepy since she started on the Epidiolex, is that from the medicine? And when this study ends, are there other ones we could join?",
    focus: 'cannabidiol',
    types: ['side_effects', 'research'],
  },
  // why: cancer it can lead to -> complications; national alliance -> find_specialist
  {
    message:
      'von hippel lindau runs in my husbands family. can it cause kidney cancer? also is there a VHL alliance or something like that in Australia',
    focus: 'von Hippel-Lindau disease',
    types: ['complications', 'find_specialist'],
  },
  // why: what causes it -> cause; sending samples to a research network -> research
  {
    message:
      'What causes Castleman disease? I read there is a big network collecting blood and tissue from patients to figure it out. How do I send mine?',
    focus: 'Castleman disease',
    types: ['cause', 'research'],
  },
  // why: joining studies -> research; whether future kids could get it -> inheritance
  {
    message:
      "I'm 30, my dad had Huntington's. I haven't been tested and I'm not sure I want to know. Can I still take part in research without knowing my status? And if I have kids, could they get it?",
    focus: 'Huntington disease',
    types: ['research', 'inheritance'],
  },
  // why: how it is confirmed -> diagnosis; parent groups -> find_specialist
  {
    message:
      'Our 4 year old has a port wine stain on his face and has had two seizures. The pediatrician said Sturge-Weber might be possible. How do they confirm it? Are there parent groups we could contact while we wait?',
    focus: 'Sturge-Weber syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: running together -> lifestyle; heart problems it leads to -> complications
  {
    message:
      'I run a charity 5k for the Marfan foundation every year and now my nephew has been diagnosed with Marfan syndrome himself. Is it safe for him to run it with me? And what heart problems can it cause?',
    focus: 'Marfan syndrome',
    types: ['lifestyle', 'complications'],
  },
  // why: how many people have it -> frequency; connecting with families -> find_specialist
  {
    message:
      "how many people in the US have FOP? my son has it and we've never met anyone else. is there a way to connect with other families",
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['frequency', 'find_specialist'],
  },
  // why: what it is -> information; group for family and friends -> find_specialist
  {
    subject: '22q',
    message:
      "My best friend just found out her newborn has a 22q11.2 deletion. I want to support her but I don't understand what it is. Also is there a group for the wider family, like grandparents or friends?",
    focus: '22q11.2 deletion syndrome',
    types: ['information', 'find_specialist'],
  },
  // why: whether diarrhea is from the medicine -> side_effects; wine with it -> interactions
  {
    message:
      'My father has Gaucher disease and is taking miglustat. He has bad diarrhoea, is it from the medicine? Is it ok for him to drink a glass of wine with it? The Gaucher association told us to ask here.',
    focus: 'miglustat',
    types: ['side_effects', 'interactions'],
  },
  // why: what the medicine does -> indication; timing and forgotten doses -> drug_usage
  {
    message:
      "Dad has ALS and the nurse from the ALS association says he should start riluzole. What does it actually do, does it slow it down? It won't cure him right? And what time of day should he take it and what if he forgets one?",
    focus: 'riluzole',
    types: ['indication', 'drug_usage'],
  },
  // why: same as Prader-Willi? -> information; same chromosome -> genetic_changes; which group -> find_specialist
  {
    message:
      "Is Angelman syndrome the same thing as Prader-Willi? They're on the same chromosome, right? I'm trying to figure out which support group I should join, my daughter has Angelman.",
    focus: 'Angelman syndrome',
    types: ['information', 'genetic_changes', 'find_specialist'],
  },
  // why: with antibiotics -> interactions; missed doses -> drug_usage; liver -> side_effects
  {
    message:
      "We've been part of the cystic fibrosis foundation community for years and our son (14) started ivacaftor in the spring. Some questions before the CF camp: can he take it with his usual antibiotics for his lungs? What happens if he misses a dose while he's there? And can it cause liver problems, his last blood test showed raised liver numbers.",
    focus: 'ivacaftor',
    types: ['interactions', 'drug_usage', 'side_effects'],
  },
  // why: who is at risk and contagious -> susceptibility; why they need blood -> treatment; organization -> find_specialist
  {
    message:
      'Our church wants to hold a blood drive for people with sickle cell. Some members are asking: is it only black people who get it? can you catch it? and what do the patients need the blood for anyway? Also is there a sickle cell organization we could partner with?',
    focus: 'sickle cell anemia',
    types: ['susceptibility', 'treatment', 'find_specialist'],
  },
  // why: two conditions linked -> association; colonoscopy for her -> diagnosis; specialists for kids -> find_specialist
  {
    message:
      'My husband has HHT and our daughter (9) was just diagnosed too. The HHT foundation newsletter said there is a link with juvenile polyposis - is that true? Should she have a colonoscopy? Are there HHT specialists who see children?',
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['association', 'diagnosis', 'find_specialist'],
  },
  // why: what it looks like later -> symptoms; gets worse with age -> prognosis; should I be tested -> diagnosis
  {
    message:
      'hi my mum has myotonic dystrophy and I want to volunteer for the local muscular dystrophy charity. what does it look like later on? does it get worse with age? and should i get tested, im 28 and sometimes my hands cramp and i cant let go of things',
    focus: 'myotonic dystrophy',
    types: ['symptoms', 'prognosis', 'diagnosis'],
  },
  // why: which gene -> genetic_changes; enzyme replacement -> treatment; support network -> find_specialist
  {
    subject: 'Pompe question',
    message:
      'Hello, english is not my first language sorry. My wife has Pompe disease late onset. Which gene is it? Is there enzyme replacement for late onset also or only for babies? And is there a Pompe network for patients in Germany?',
    focus: 'Pompe disease',
    types: ['genetic_changes', 'treatment', 'find_specialist'],
  },
  // why: what tests for a sibling -> diagnosis; carrier -> inheritance; chocolate and shellfish -> lifestyle
  {
    subject: "Wilson's disease - sibling testing",
    message:
      "My brother was diagnosed with Wilson's disease at 19. The Wilson disease association says siblings should be checked. What tests would I need? Could I be a carrier even if I don't have it? And if it turns out I do have it, can I still eat chocolate and shellfish?",
    focus: 'Wilson disease',
    types: ['diagnosis', 'inheritance', 'lifestyle'],
  },
  // why: cancers it leads to -> complications; which gene -> genetic_changes; registry -> research
  {
    message:
      'Li Fraumeni - what cancers does it actually raise the risk of? which gene is it, TP53? and is there a research registry following families like ours, we have 3 generations affected',
    focus: 'Li-Fraumeni syndrome',
    types: ['complications', 'genetic_changes', 'research'],
  },
  // why: life expectancy -> prognosis; blister care -> treatment; organization to donate to -> find_specialist
  {
    message:
      'My granddaughter was born three weeks ago with epidermolysis bullosa. My daughter is exhausted and I want to help however I can. What is the life expectancy for these babies? How do we look after the blisters at home? And is there an organisation like DEBRA where I can donate or knit soft clothes for the children?',
    focus: 'epidermolysis bullosa',
    types: ['prognosis', 'treatment', 'find_specialist'],
  },
  // why: two conditions; could his RP be BBS -> diagnosis; charity for BBS families -> find_specialist
  {
    message:
      'My son has retinitis pigmentosa and the eye doctor asked if he was born with extra fingers (he was) and mentioned Bardet-Biedl syndrome. Could his RP actually be Bardet Biedl? Is there a charity for BBS families?',
    focus: 'Bardet-Biedl syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
];
