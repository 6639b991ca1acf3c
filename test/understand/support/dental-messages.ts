/**
 * "dental" set. Messages about teeth and dental care: dental work with a condition or on a medicine, teeth
 * problems in a condition, anaesthetic at the dentist, and the condition itself. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.869). Scored by dental.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --dental --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const DENTAL_MESSAGES: ConsumerMessage[] = [
  // why: "do i have to stop it before" asks about stopping a medicine, which is drug_usage
  {
    message: 'im on warfarin and getting a tooth pulled next tuesday. do i have to stop it before',
    focus: 'warfarin',
    types: ['drug_usage'],
  },
  // why: asks whether the jaw problem can come from Fosamax, which is side_effects
  {
    subject: 'Fosamax and my jaw',
    message:
      'I have been taking Fosamax for about six years for thin bones. My dentist wants to take out a back molar and seemed worried. Can Fosamax cause the jaw bone to die after a tooth is pulled?',
    focus: 'Fosamax',
    types: ['side_effects'],
  },
  // why: "What is amelogenesis imperfecta?" asks only for an overview, which is information
  {
    message:
      "Our pediatric dentist said our daughter's yellow, chipping teeth might be amelogenesis imperfecta. What is amelogenesis imperfecta? I had never heard of it before.",
    focus: 'amelogenesis imperfecta',
    types: ['information'],
  },
  // why: "should I get tested" asks whether to be tested, which is diagnosis
  {
    subject: 'wisdom teeth under general anesthesia',
    message:
      'My brother had a reaction called malignant hyperthermia during his knee surgery last year. I am booked to have my wisdom teeth out under general anesthesia in March. Should I get tested for malignant hyperthermia before that?',
    focus: 'malignant hyperthermia',
    types: ['diagnosis'],
  },
  // why: asks only whether two conditions are linked, which is association
  {
    message:
      'my mum has rheumatoid arthritis and her gums are terrible, she has lost 4 teeth already. is there a link between periodontitis and rheumatoid arthritis',
    focus: 'periodontitis',
    types: ['association'],
  },
  // why: asks where to find a dentist who knows the condition, which is find_specialist
  {
    message:
      'Where can I find a dentist who is experienced with kids who have hemophilia? Our regular one refuses to even do fillings on my son.',
    focus: 'hemophilia',
    types: ['find_specialist'],
  },
  // why: asks when to schedule the extraction relative to the injection, i.e. timing of the medicine, which is drug_usage
  {
    subject: 'Prolia timing',
    message:
      'I get my Prolia shot every 6 months, the last one was in January. I need a tooth extraction. When is the best time to have it done compared to my injection, and should I delay the next shot?',
    focus: 'Prolia',
    types: ['drug_usage'],
  },
  // why: asks whether early tooth loss is a sign of the condition, which is symptoms
  {
    message: 'Does hypophosphatasia cause baby teeth to fall out early, roots and all?',
    focus: 'hypophosphatasia',
    types: ['symptoms'],
  },
  // why: "what can be done about his teeth" asks about managing it, which is treatment
  {
    subject: 'extra teeth',
    message:
      'Our son is 11 and has cleidocranial dysplasia. The xray showed 9 extra teeth up in his jaw and his adult teeth just arent coming through. The orthodontist talked about surgery but it was all very confusing. What can be done about his teeth??',
    focus: 'cleidocranial dysplasia',
    types: ['treatment'],
  },
  // why: "Is it inherited" asks whether it runs in families, which is inheritance
  {
    message:
      'After my dental surgery I stayed paralysed far longer than expected and they told me I have pseudocholinesterase deficiency. Is pseudocholinesterase deficiency inherited?',
    focus: 'pseudocholinesterase deficiency',
    types: ['inheritance'],
  },
  // why: asks only about insurance coverage, which is other
  {
    subject: 'insurance denied implants',
    message:
      'Our insurance company has denied dental implants for my 17 year old who was born with ectodermal dysplasia and is missing most of his adult teeth. They are calling it cosmetic. How do other families get implants for ectodermal dysplasia covered by insurance?',
    focus: 'ectodermal dysplasia',
    types: ['other'],
  },
  // why: asks how to store the medicine and what to do with leftovers, both storage_disposal
  {
    message:
      "The dentist gave my son amoxicillin liquid for an abscess. Does it have to be kept in the fridge, and what do I do with what's left over when he's done?",
    focus: 'amoxicillin',
    types: ['storage_disposal'],
  },
  // why: asks whether the medicine contains lactose, which is ingredients
  {
    message: 'does the fluoride tablet our dentist prescribed have lactose in it? my son cant have dairy',
    focus: 'fluoride',
    types: ['ingredients'],
  },
  // why: asks whether the condition can lead to losing teeth, a problem it leads to, which is complications
  {
    subject: 'losing my teeth',
    message:
      'I was diagnosed with Sjögren syndrome 3 years ago. My mouth is dry all the time and now I am getting cavities along the gum line even though I brush and floss twice a day, which never happened before. I am only 46. Can Sjögren syndrome lead to losing my teeth?',
    focus: 'Sjögren syndrome',
    types: ['complications'],
  },
  // why: asks whether dental work brings on attacks, which is cause
  {
    message: 'Can dental work trigger a swelling attack in hereditary angioedema?',
    focus: 'hereditary angioedema',
    types: ['cause'],
  },
  // why: "Could this be" is diagnosis; "passed down from my side" is inheritance
  {
    message:
      'My son is 2 and only has 3 teeth and they are pointy like little cones. He also barely sweats and gets very hot in summer and his hair is thin. Could this be hypohidrotic ectodermal dysplasia? And is it passed down from my side of the family? My brother had false teeth at 20.',
    focus: 'hypohidrotic ectodermal dysplasia',
    types: ['diagnosis', 'inheritance'],
  },
  // why: "does it affect the teeth" is symptoms; "how are the teeth treated" is treatment
  {
    subject: 'OI and teeth',
    message:
      'Hi, my daughter has osteogenesis imperfecta (OI) type 1. Does osteogenesis imperfecta affect the teeth, and if so how are the teeth usually treated? Thank you.',
    focus: 'osteogenesis imperfecta',
    types: ['symptoms', 'treatment'],
  },
  // why: stopping before a root canal is drug_usage; bleeding caused by the medicine is side_effects
  {
    message: 'Do I need to stop Plavix before a root canal? will it make me bleed alot during it',
    focus: 'Plavix',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "should I be tested" is diagnosis; "what is it exactly" is information
  {
    message:
      'every time i have a cleaning my gums bleed for hours and when i had a tooth out it bled till the next day. my hygienist said i should be checked for von willebrand disease. should i be tested for it and what is von willebrand disease exactly',
    focus: 'von willebrand disease',
    types: ['diagnosis', 'information'],
  },
  // why: asking whether the crowded teeth and high palate belong to the condition is symptoms; whether braces can fix them is treatment
  {
    message:
      'My 12 yr old has Marfan syndrome. His teeth are really crowded and the dentist says he has a very high narrow palate. Is that from the Marfan syndrome? And can braces fix it the same as for other kids?',
    focus: 'Marfan syndrome',
    types: ['symptoms', 'treatment'],
  },
  // why: "what is it for" is indication; "can it cause problems in my jaw" is side_effects
  {
    subject: 'yearly infusion',
    message:
      'I get zoledronic acid as a drip once a year. My doctor explained it quickly but I did not really follow. What is zoledronic acid for exactly, and can it cause problems in my jaw if I need dental work?',
    focus: 'zoledronic acid',
    types: ['indication', 'side_effects'],
  },
  // why: whether the numbing failure belongs to the condition is symptoms; "does it get worse with age" is prognosis
  {
    message:
      'Local anaesthetic hardly ever works on me at the dentist, they had to give me 6 injections for one filling. I have Ehlers-Danlos syndrome (hypermobile). Is the anaesthetic not working part of Ehlers-Danlos syndrome? And does it get worse as you get older? My jaw already clicks and pops out.',
    focus: 'Ehlers-Danlos syndrome',
    types: ['symptoms', 'prognosis'],
  },
  // why: "what causes it" is cause; "is there a cure" is treatment
  {
    message:
      'constant mouth ulcers for 2 yrs, 3 or 4 at a time, dentist said it might be behcet disease and sent me to my gp. what causes behcet disease and is there a cure',
    focus: 'behcet disease',
    types: ['cause', 'treatment'],
  },
  // why: whether the gum overgrowth comes from the medicine is side_effects; whether to stop it is drug_usage
  {
    subject: 'gums growing over my teeth',
    message:
      "I've been on Dilantin for my seizures for about 3 years and my gums have slowly grown over my teeth, they're swollen and bleed when I brush. Is this from the Dilantin? Should I stop taking it?",
    focus: 'Dilantin',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "am I at higher risk" is susceptibility; "how do I prevent it" is prevention
  {
    message:
      'I was born with a bicuspid aortic valve. Am I at higher risk of infective endocarditis when I get my teeth cleaned, and how do I prevent it?',
    focus: 'infective endocarditis',
    types: ['susceptibility', 'prevention'],
  },
  // why: "will it go away when he grows up" is prognosis; whether losing teeth is part of it is symptoms
  {
    message:
      'My 6 year old has swollen round cheeks and the dentist saw something strange on his xray. After a biopsy they said cherubism. Will it go away when he grows up? And can he loose his teeth from it? Some of his teeth look like they are growing in the wrong places',
    focus: 'cherubism',
    types: ['prognosis', 'symptoms'],
  },
  // why: whether a tooth infection can bring on a crisis is cause; how to avoid crises around dental work is prevention
  {
    subject: 'dentist and sickle cell',
    message:
      'My daughter (15) has sickle cell disease and has a bad tooth that needs pulling. Last time she had an abscess she ended up in hospital with a pain crisis. Can a tooth infection bring on a crisis in sickle cell disease? How can we stop her getting a crisis around the extraction?',
    focus: 'sickle cell disease',
    types: ['cause', 'prevention'],
  },
  // why: whether the abscesses belong to the condition is symptoms; whether a medicine helps the teeth is treatment
  {
    message:
      "My son has X-linked hypophosphatemia and he keeps getting abscesses in teeth that don't even have cavities, he has had 4 this year. Is that part of X-linked hypophosphatemia? Does burosumab help with the teeth or only the bones?",
    focus: 'X-linked hypophosphatemia',
    types: ['symptoms', 'treatment'],
  },
  // why: "could my tooth pain be" is diagnosis; "what kind of doctor should I see" is find_specialist
  {
    message:
      'could my tooth pain be trigeminal neuralgia? ive had 2 root canals on the same side and the pain is still there, like electric shocks when i brush or feel wind on my face. what kind of doctor should i see',
    focus: 'trigeminal neuralgia',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: whether gum disease belongs to the condition is symptoms; finding a dentist used to special needs is find_specialist
  {
    message:
      'Our son is 14 and has Down syndrome. He already has gum disease and some of his front teeth are loose, even though we help him brush every day. Is gum disease part of Down syndrome? Also we are looking for a dentist near Leeds who is used to patients with special needs.',
    focus: 'Down syndrome',
    types: ['symptoms', 'find_specialist'],
  },
  // why: what is done before extractions is treatment; gene therapy trials is research; chance for the next baby is inheritance
  {
    subject: 'Extractions with severe haemophilia A',
    message:
      'Our 9 year old has severe haemophilia A and is on prophylaxis three times a week. The dentist says he needs two baby molars out because they are badly decayed and he is in pain. We are terrified of the bleeding. What treatment does he need before an extraction, will they give him extra factor or something else? I have also read about gene therapy for haemophilia A, are there studies he could take part in? And lastly, we are thinking of another baby. What are the chances our next baby has it too? I am the carrier.',
    focus: 'haemophilia A',
    types: ['treatment', 'research', 'inheritance'],
  },
  // why: "what is it" is information; "which gene" is genetic_changes; whether the children should be tested is diagnosis
  {
    message:
      'The oral surgeon found several cysts in my jaw and now thinks I may have Gorlin syndrome. What is Gorlin syndrome, which gene is involved, and should my two kids be tested?',
    focus: 'Gorlin syndrome',
    types: ['information', 'genetic_changes', 'diagnosis'],
  },
  // why: stopping before the implant and for how long is drug_usage; other bone medicines is treatment; taking it with calcium is interactions
  {
    subject: 'alendronate and dental implant',
    message:
      "I'm 68 and have been on alendronate once a week for 5 years. I need an implant for a front tooth. Should I stop the alendronate before the implant, and if so for how long? Is there something else I could take for my bones instead? Also can I take it at the same time as my calcium tablet, I always forget which comes first.",
    focus: 'alendronate',
    types: ['drug_usage', 'treatment', 'interactions'],
  },
  // why: implants is treatment; "how rare" is frequency; support group is find_specialist
  {
    message:
      'our daughter has incontinentia pigmenti, she is missing lots of teeth and the ones she has are peg shaped. will she need implants when shes older? how rare is incontinentia pigmenti? is there a support group for families',
    focus: 'incontinentia pigmenti',
    types: ['treatment', 'frequency', 'find_specialist'],
  },
  // why: stopping before extractions is drug_usage; ibuprofen with it is interactions; breastfeeding is contraindications
  {
    message:
      'on Xarelto after a clot in my leg, dentist wants to take out 3 teeth. Do I stop the Xarelto before? Can I take ibuprofen with it for the pain afterwards? also Im breastfeeding my 4 month old, is Xarelto ok while breastfeeding',
    focus: 'Xarelto',
    types: ['drug_usage', 'interactions', 'contraindications'],
  },
  // why: whether stress brings on an episode is cause; "is it hereditary" is inheritance; whether the kids should have an ECG is diagnosis
  {
    subject: 'long QT and the dentist',
    message:
      "I have long QT syndrome and I'm very anxious at the dentist. Can the stress of a dental appointment set off an arrhythmia with long QT syndrome? Is it hereditary? Should my children have an ECG?",
    focus: 'long QT syndrome',
    types: ['cause', 'inheritance', 'diagnosis'],
  },
  // why: "what is it" is information; surgery is treatment; "will it come back" is prognosis; "is it genetic" is inheritance
  {
    message:
      'My gums have grown so much they cover half of my teeth, and my father and my aunt had the same. The periodontist called it hereditary gingival fibromatosis. What is hereditary gingival fibromatosis? Can surgery cut the gums back, and will they grow back after? Is it genetic, will my son get it?',
    focus: 'hereditary gingival fibromatosis',
    types: ['information', 'treatment', 'prognosis', 'inheritance'],
  },
  // why: serious bleeding from dental work is complications; whether the seizure medicine causes the overgrowth is side_effects; finding an experienced dentist is find_specialist
  {
    message:
      'My son has Sturge-Weber syndrome with a port wine stain across his lip and gum, and the gum on that side is overgrown. The dentist is scared to do anything. Can dental work cause serious bleeding with Sturge-Weber syndrome? Could his seizure medicine be making the gums grow? Where can we find a dentist who has treated this before?',
    focus: 'Sturge-Weber syndrome',
    types: ['complications', 'side_effects', 'find_specialist'],
  },
  // why: whether thick saliva belongs to it is symptoms; what to do for her teeth is treatment; which foods are better for her teeth is lifestyle
  {
    subject: 'thick saliva and worn teeth',
    message:
      'Our daughter is 8 and has Prader-Willi syndrome. Her saliva is really thick and sticky and the dentist says her teeth are worn down a lot. Is the thick saliva part of Prader-Willi syndrome? What can we do for her teeth? And with her strict diet, are there snacks that are better for her teeth than others?',
    focus: 'Prader-Willi syndrome',
    types: ['symptoms', 'treatment', 'lifestyle'],
  },
  // why: more tooth decay because of it is complications; special diet is lifestyle; trials is research; "will it get better" is prognosis
  {
    message:
      'my son is 5 and has recessive dystrophic epidermolysis bullosa. his mouth blisters from almost anything, even a soft toothbrush, and his teeth are starting to decay. will his teeth get worse because of the epidermolysis bullosa? is there a special diet thats easier on his mouth? are there any trials going on right now? and does it get better at all as they get older. sorry for all the questions, we are exhausted',
    focus: 'epidermolysis bullosa',
    types: ['complications', 'lifestyle', 'research', 'prognosis'],
  },
];
