/**
 * "vessels" set. Messages about blood vessels and circulation and their medicines (varicose veins, Raynaud,
 * vasculitis, aneurysms, vascular malformations, hereditary hemorrhagic telangiectasia, Kawasaki disease, DVT,
 * warfarin, apixaban, rivaroxaban). Written by someone who had read neither the understanding or retrieval code
 * nor any earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus
 * is a name the knowledge base holds. Scored once, before any change made for it (focus 0.975, type F1 0.918).
 * Scored by vessels.test.ts and by `npx tsx test/understand/support/score-messages.ts --vessels --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const VESSELS_MESSAGES: ConsumerMessage[] = [
  // why: "can Kawasaki disease leave lasting damage to the heart" asks about another problem it leads to (complications)
  {
    subject: 'Kawasaki question',
    message:
      'Our son, 4, spent a week in hospital with Kawasaki disease last month. He had the drip and is now on aspirin and seems back to his old self. Can Kawasaki disease leave lasting damage to the heart?',
    focus: 'Kawasaki disease',
    types: ['complications'],
  },
  // why: "can he still have his glass of red wine" and "does he have to stop eating spinach" both ask about warfarin with alcohol and food (interactions)
  {
    message:
      'My husband was just put on warfarin after his heart valve operation. Can he still have his glass of red wine with dinner? And does he have to stop eating spinach and broccoli now?',
    focus: 'warfarin',
    types: ['interactions'],
  },
  // why: "what is hereditary hemorrhagic telangiectasia" asks for an overview (information)
  {
    message:
      'My cousin was just told she has hereditary hemorrhagic telangiectasia and none of us had ever heard of it. What is hereditary hemorrhagic telangiectasia exactly?',
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['information'],
  },
  // why: "could this be Raynaud phenomenon" asks whether her signs could be the condition (diagnosis)
  {
    message:
      'Every time I take something out of the freezer my fingers go white, then blue, then bright red and throb. Could this be Raynaud phenomenon?',
    focus: 'Raynaud phenomenon',
    types: ['diagnosis'],
  },
  // why: "should I take two now or just carry on" asks what to do about a missed dose (drug_usage)
  {
    subject: 'missed dose',
    message:
      'I forgot my evening Eliquis last night and only noticed this morning. Should I take two now or just carry on as normal?',
    focus: 'Eliquis',
    types: ['drug_usage'],
  },
  // why: "is there anything I can do to stop myself getting varicose veins" asks about preventing it (prevention)
  {
    message:
      "my mum and my gran both had awful varicose veins and I'm on my feet all day as a hairdresser. is there anything I can do to stop myself getting varicose veins?",
    focus: 'varicose veins',
    types: ['prevention'],
  },
  // why: "can I keep my Xarelto in the bathroom cabinet" asks how to store the medicine (storage_disposal)
  {
    subject: 'storing tablets',
    message: 'Can I keep my Xarelto in the bathroom cabinet or will the steam from the shower spoil it?',
    focus: 'Xarelto',
    types: ['storage_disposal'],
  },
  // why: "how common is giant cell arteritis" asks how common it is (frequency)
  {
    message:
      'The consultant made giant cell arteritis sound like something hardly anyone gets. How common is giant cell arteritis really?',
    focus: 'giant cell arteritis',
    types: ['frequency'],
  },
  // why: "is there a link between Buerger's disease and smoking" asks about a link between the condition and an exposure (association)
  {
    message:
      "My uncle is 45 and they are talking about amputating toes because of Buerger's disease. He has smoked since he was 14. Is there a link between Buerger's disease and smoking?",
    focus: "Buerger's disease",
    types: ['association'],
  },
  // why: "are any studies or clinical trials being done" asks about research (research)
  {
    message:
      'Hello, my daughter has moyamoya disease and had her first bypass surgery last year. Are any studies or clinical trials being done on moyamoya disease at the moment? Thank you.',
    focus: 'moyamoya disease',
    types: ['research'],
  },
  // why: "will it keep growing" asks about the course of the aneurysm (prognosis)
  {
    message:
      "Dad's abdominal aortic aneurysm measured 4.2 cm and they say they are just going to keep an eye on it with scans. Will it keep growing?",
    focus: 'abdominal aortic aneurysm',
    types: ['prognosis'],
  },
  // why: "is that from the rivaroxaban" asks whether a problem comes from the medicine (side_effects)
  {
    message:
      'Been on rivaroxaban 3 months for a clot in my lung and my periods have become really heavy, like flooding. Is that from the rivaroxaban??',
    focus: 'rivaroxaban',
    types: ['side_effects'],
  },
  // why: "does anyone know a clinic that sees patients with microscopic polyangiitis" asks for a specialist clinic (find_specialist)
  {
    subject: 'Vasculitis clinic near Leeds?',
    message:
      "I was diagnosed with microscopic polyangiitis in March and my local hospital doesn't seem to see many cases. Does anyone know of a vasculitis clinic near Leeds that sees patients with microscopic polyangiitis?",
    focus: 'microscopic polyangiitis',
    types: ['find_specialist'],
  },
  // why: "is warfarin safe for the baby" asks about taking it in pregnancy (contraindications)
  {
    message:
      "I'm 9 weeks pregnant and have been on warfarin for years because of a mechanical valve. I'm scared. Is warfarin safe for the baby?",
    focus: 'warfarin',
    types: ['contraindications'],
  },
  // why: "can I catch it from kissing him" asks whether it is contagious (susceptibility)
  {
    message:
      "My boyfriend has Behcet's disease and gets a lot of mouth ulcers. Can I catch it from kissing him?",
    focus: "Behcet's disease",
    types: ['susceptibility'],
  },
  // why: "how is an AVM treated" asks treatment; "can it bleed" asks about a problem it can lead to (complications)
  {
    message:
      'Our daughter is 16 and had a seizure at school. The MRI showed an AVM in her brain. How is an AVM treated, and can it bleed?',
    focus: 'AVM',
    types: ['treatment', 'complications'],
  },
  // why: "will my kids get it" asks about the chance children have it (inheritance); "which gene is it" asks genetic_changes
  {
    message:
      'I have HHT, nosebleeds since I was a kid, same as my mother. Will my kids get it? And which gene is it that causes HHT?',
    focus: 'HHT',
    types: ['inheritance', 'genetic_changes'],
  },
  // why: "what causes a deep vein thrombosis" asks cause; "can you get one from a long flight" asks about a named exposure as its cause (association)
  {
    message:
      'What causes a deep vein thrombosis in the first place? And can you actually get one from a long flight, or is that a myth?',
    focus: 'deep vein thrombosis',
    types: ['cause', 'association'],
  },
  // why: "how does nifedipine help" asks how the medicine works (indication); "can it give me headaches" asks side_effects
  {
    subject: "Nifedipine for Raynaud's",
    message:
      "My doctor has prescribed nifedipine for my Raynaud's. How does nifedipine help with that, when I thought it was a blood pressure pill? And can it give me headaches?",
    focus: 'nifedipine',
    types: ['indication', 'side_effects'],
  },
  // why: "what are the symptoms" asks symptoms; "how is it diagnosed" asks diagnosis
  {
    message: 'What are the symptoms of temporal arteritis, and how is it diagnosed?',
    focus: 'temporal arteritis',
    types: ['symptoms', 'diagnosis'],
  },
  // why: "do compression stockings actually help" asks about managing it (treatment); "is it ok to keep running" asks about exercise (lifestyle)
  {
    message:
      "I've got chronic venous insufficiency and my ankles are swollen and itchy by the evening. Do compression stockings actually help? Is it ok to keep running, I do about 20k a week.",
    focus: 'chronic venous insufficiency',
    types: ['treatment', 'lifestyle'],
  },
  // why: "does Eliquis contain lactose" asks ingredients; "is there a cheaper generic" asks about cost (other)
  {
    subject: 'Eliquis and lactose',
    message:
      'I am lactose intolerant. Does Eliquis contain lactose? Also is there a cheaper generic version, it costs me a fortune every month.',
    focus: 'Eliquis',
    types: ['ingredients', 'other'],
  },
  // why: "what is the life expectancy" asks prognosis; "is there a cure" asks treatment
  {
    message:
      'I am 24 and have just been diagnosed with Takayasu arteritis after months of arm pain and dizziness. What is the life expectancy with Takayasu arteritis, and is there a cure?',
    focus: 'Takayasu arteritis',
    types: ['prognosis', 'treatment'],
  },
  // why: "can it affect his kidneys" asks complications; "will it come back" asks about its course (prognosis)
  {
    subject: 'HSP and kidneys',
    message:
      'My 7 year old came out in a purple rash on his legs after a sore throat and the hospital said Henoch-Schonlein purpura. His knees are swollen too. Can it affect his kidneys? Will it come back once it clears?',
    focus: 'Henoch-Schonlein purpura',
    types: ['complications', 'prognosis'],
  },
  // why: "can I take ibuprofen with my warfarin" asks interactions; "do I double up the next day" asks about a missed dose (drug_usage)
  {
    message:
      'Can I take ibuprofen with my warfarin for my bad back? And if I miss a dose of warfarin do I double up the next day?',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  // why: "is fibromuscular dysplasia hereditary" asks inheritance; "how rare is it" asks frequency
  {
    message:
      'Fibromuscular dysplasia was found in my kidney arteries when they were checking my high blood pressure. Is fibromuscular dysplasia hereditary? How rare is it?',
    focus: 'fibromuscular dysplasia',
    types: ['inheritance', 'frequency'],
  },
  // why: "what is Sturge-Weber syndrome" asks information; "what tests does she need" asks diagnosis
  {
    subject: 'Port-wine stain',
    message:
      'Our baby girl was born with a port-wine stain over her forehead and one eyelid, and the paediatrician mentioned Sturge-Weber syndrome. What is Sturge-Weber syndrome and what tests does she need to find out if she has it?',
    focus: 'Sturge-Weber syndrome',
    types: ['information', 'diagnosis'],
  },
  // why: "is there a support group for families" asks find_specialist; "will he be able to play football" asks about sport (lifestyle)
  {
    subject: 'KTS support',
    message:
      'My grandson has Klippel-Trenaunay syndrome in his left leg, which is bigger than the right and has lots of veins showing. Is there a support group for families like ours? And will he be able to play football with his friends?',
    focus: 'Klippel-Trenaunay syndrome',
    types: ['find_specialist', 'lifestyle'],
  },
  // why: "can hepatitis B cause polyarteritis nodosa" asks about a named exposure as its cause (association); "how is it treated" asks treatment
  {
    message: 'can hepatitis B cause polyarteritis nodosa? my brother has both. and how is it treated',
    focus: 'polyarteritis nodosa',
    types: ['association', 'treatment'],
  },
  // why: "what is it for" asks what the medicine is for (indication); "does it have to stay in the original bottle" asks storage_disposal
  {
    message:
      'My mother takes dabigatran and I help sort her pills. What is dabigatran for exactly, and does it have to stay in the original bottle or can I put it in her weekly pill box?',
    focus: 'dabigatran',
    types: ['indication', 'storage_disposal'],
  },
  // why: "could it be hereditary hemorrhagic telangiectasia" asks diagnosis; "what can be done for the nosebleeds" asks treatment; "can it cause problems in her lungs or brain" asks complications
  {
    subject: 'Nosebleeds and HHT',
    message:
      'My 12 year old has nosebleeds nearly every day and little red spots on her lips and fingertips, just like her dad. Could it be hereditary hemorrhagic telangiectasia? If it is, what can be done for the nosebleeds? And I read it can cause problems in the lungs or brain, is that true?',
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['diagnosis', 'treatment', 'complications'],
  },
  // why: "how long does treatment for a DVT last" asks treatment; "can he fly to Spain" asks travel (lifestyle); "what can he do to stop it happening again" asks prevention
  {
    message:
      'My partner got a DVT in his calf after his knee surgery and is on blood thinners now. How long does treatment for a DVT usually last? Can he fly to Spain in June as planned? And what can he do to stop it happening again?',
    focus: 'DVT',
    types: ['treatment', 'lifestyle', 'prevention'],
  },
  // why: "whats causes it" asks cause; "will I have it for life" asks prognosis; "are there gloves or things that help" asks treatment; "Reynauds" is the misspelled name as written
  {
    message:
      'hi im 19 and my toes and fingers go white and numb in the cold, my GP says its Reynauds. whats causes it? will I have it for life? are there any gloves or things that help??',
    focus: 'Reynauds',
    types: ['cause', 'prognosis', 'treatment'],
  },
  // why: "does it run in families" asks inheritance; "should I be screened" asks diagnosis; "does my smoking make it more likely" asks whether an exposure raises the risk (susceptibility)
  {
    message:
      'My older brother was diagnosed with an abdominal aortic aneurysm at 66 and had it repaired. Does it run in families? Should I be screened? And does my smoking make it more likely for me?',
    focus: 'abdominal aortic aneurysm',
    types: ['inheritance', 'diagnosis', 'susceptibility'],
  },
  // why: "can prednisone weaken her bones" asks side_effects; "can she take it with her blood pressure pills" asks interactions; "is it ok to stop it all at once" asks about stopping (drug_usage)
  {
    subject: 'Steroids for GCA',
    message:
      'Mum is 78 and has been on prednisone for giant cell arteritis for six months. Can prednisone weaken her bones? Can she take it with her blood pressure pills? And is it OK to stop it all at once when she feels better, she hates it.',
    focus: 'prednisone',
    types: ['side_effects', 'interactions', 'drug_usage'],
  },
  // why: "am I at higher risk" because her sister had it asks about the chance a relative gets it (inheritance); "is there a scan I can ask for" asks diagnosis; "what are the warning signs" asks symptoms
  {
    message:
      'My sister died of a ruptured brain aneurysm last year, she was only 41. Am I at higher risk of a brain aneurysm too? Is there a scan I can ask my doctor for? What are the warning signs I should look out for?',
    focus: 'brain aneurysm',
    types: ['inheritance', 'diagnosis', 'symptoms'],
  },
  // why: "what is it" asks information; "what causes it" asks cause; "how do they treat it" asks treatment
  {
    message:
      'Our granddaughter is 2 and had a fever for six days with red eyes, cracked lips and peeling fingers, and now the doctors say it is Kawasaki disease. We had never heard of it. What is it, what causes it, and how do they treat it?',
    focus: 'Kawasaki disease',
    types: ['information', 'cause', 'treatment'],
  },
  // why: "what are the chances of remission" asks prognosis; "what treatments are used" asks treatment; "is there a special diet" asks lifestyle
  {
    subject: 'new diagnosis',
    message:
      "My wife has just been diagnosed with Wegener's granulomatosis, which I am told is now called granulomatosis with polyangiitis. It has affected her sinuses and kidneys. What are the chances of remission, what treatments are used, and is there a special diet she should follow?",
    focus: 'granulomatosis with polyangiitis',
    types: ['prognosis', 'treatment', 'lifestyle'],
  },
  // why: "how does propranolol work on it" asks indication; "what side effects should I watch for" asks side_effects; "does it need to be kept in the fridge" asks storage_disposal
  {
    message:
      'My baby has a hemangioma on her eyelid that is growing fast, and the doctor wants to start propranolol. How does propranolol work on it? What side effects should I watch for? Does the liquid need to be kept in the fridge?',
    focus: 'propranolol',
    types: ['indication', 'side_effects', 'storage_disposal'],
  },
  // why: "which gene is involved" asks genetic_changes; "how common is it" asks frequency; "are there clinical trials" asks research
  {
    subject: 'Loeys-Dietz',
    message:
      'Our son (11) was diagnosed with Loeys-Dietz syndrome after a scan showed his aorta was enlarged. Which gene is involved in Loeys-Dietz syndrome? How common is it? Are there any clinical trials he could join?',
    focus: 'Loeys-Dietz syndrome',
    types: ['genetic_changes', 'frequency', 'research'],
  },
];
