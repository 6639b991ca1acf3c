/**
 * "kids" set. Messages from children and young teenagers (10 to 15) about their own condition or medicine, or a
 * parent's: simple words, misspellings, school, friends, sport, whether they will grow out of it. Written by
 * someone who had read neither the understanding or retrieval code nor any earlier set, following the labeling
 * guide (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 1.000, type F1 0.800). Scored by kids.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --kids --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const KIDS_MESSAGES: ConsumerMessage[] = [
  // why: "will i grow out of it" asks prognosis; "did i get it cos i ate too many sweets" asks whether a named exposure caused it, association
  {
    message:
      'hi im 11 and i got type 1 diabetes last month. my freind Maya says kids grow out of it when there older, will i grow out of it? and did i get it cos i ate to many sweets? my nan says thats why',
    focus: 'type 1 diabetes',
    types: ['prognosis', 'association'],
  },
  // why: "is that from the inhaler" asks whether a problem comes from the medicine, side_effects; "how many puffs before a match" asks dose and timing, drug_usage
  {
    subject: 'shaky hands',
    message:
      'My ventolin makes my hands all shaky and my heart goes really fast. Is that from the inhaler? And how many puffs can I take before a football match?',
    focus: 'ventolin',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "can I still go on the swimming trip" asks daily life, lifestyle; "will I have it forever" asks the course, prognosis; "what causes the seizures" asks cause
  {
    message:
      "I'm 13 and I have epilepsy. I had a seizure at school in front of everyone and now people are being weird with me. Can I still go on the school trip to the swimming pool? Will I have it forever? And what actually causes the seizures, because the doctor said they don't know why I have it.",
    focus: 'epilepsy',
    types: ['lifestyle', 'prognosis', 'cause'],
  },
  // why: "will I still be able to walk" asks the outlook, prognosis
  {
    message:
      'my name is Tom and I am 10. I have Duchenne. will I still be able to walk when I go to big school?',
    focus: 'Duchenne',
    types: ['prognosis'],
  },
  // why: "why does it happen" asks what brings the crises on, cause; "how can I stop getting them" asks preventing attacks, prevention
  {
    subject: 'pain crisis',
    message:
      'I have sickle cell disease and when I get a crisis it hurts so bad I cry. Why does it happen? How can I stop getting them? I miss loads of school because of it.',
    focus: 'sickle cell disease',
    types: ['cause', 'prevention'],
  },
  // why: "can I catch it off her" asks whether it is contagious, susceptibility
  {
    message: 'My mum has multiple sclerosis. Can I catch it off her if I hug her or drink out of her cup?',
    focus: 'multiple sclerosis',
    types: ['susceptibility'],
  },
  // why: "will i get it too" asks whether it passes from the dad to the child, inheritance; "is there medicine that makes it go away" asks treatment
  {
    message:
      'my dad has huntingtons disease. he is getting really shaky and forgets stuff. will i get it too? and is there medicine that makes it go away?',
    focus: 'huntingtons disease',
    types: ['inheritance', 'treatment'],
  },
  // why: "what is it exactly" asks information; "can I still do gymnastics" asks lifestyle; "will my joints get damaged for ever" asks what it can lead to, complications
  {
    subject: 'arthritis at 12??',
    message:
      'I thought only grannys get arthritis but the doctor says I have juvenile idiopathic arthritis. What is it exactly? My knees are swollen and stiff in the morning. Can I still do gymnastics? And will my joints get damaged for ever?',
    focus: 'juvenile idiopathic arthritis',
    types: ['information', 'lifestyle', 'complications'],
  },
  // why: "it makes me feel sick, is that normal" asks whether the problem comes from the medicine, side_effects; "can I have it on a different day" asks timing, drug_usage
  {
    message:
      "I have to have a methotrexate injection every friday for my arthritis and it makes me feel sick all weekend. Is that normal? Can I have it on a different day so I'm not sick at my friends party on saturday?",
    focus: 'methotrexate',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "how do i get my school to understand" asks about school, lifestyle; "will my tics go away when im grown up" asks prognosis
  {
    message:
      'i have tourettes and i make noises in class. my teacher thinks im doing it on purpose and sends me out. how do i get my school to understand? will my tics go away when im grown up?',
    focus: 'tourettes',
    types: ['lifestyle', 'prognosis'],
  },
  // why: "is it the Ritalin doing that" asks whether a problem comes from the medicine, side_effects
  {
    subject: 'ritalin and lunch',
    message:
      "Since I started Ritalin I'm never hungry at lunch and my mum is worried because I'm getting skinny. Is it the Ritalin doing that?",
    focus: 'Ritalin',
    types: ['side_effects'],
  },
  // why: "can i have birthday cake at partys" asks diet, lifestyle; "will it get better" asks prognosis; "is my little brother going to get it" asks a sibling's chance, inheritance
  {
    message:
      'hi i am 10 and i have celiac. can i have birthday cake at partys? does my tummy hurt forever or will it get better? is my little brother going to get it to?',
    focus: 'celiac',
    types: ['lifestyle', 'prognosis', 'inheritance'],
  },
  // why: "is there any other way to fix my back, like exercises or an operation" asks treatment
  {
    message:
      "I'm 14 and I have scoliosis. They want me to wear a back brace for like 20 hours a day and I hate it, everyone can see it under my uniform. Is there any other way to fix my back, like exercises or an operation?",
    focus: 'scoliosis',
    types: ['treatment'],
  },
  // why: "can I still go on school camp" asks daily life, lifestyle; "what is it actually" asks information
  {
    subject: 'crohns and camp',
    message:
      "I have Crohn's disease and my school is going on camp for 3 nights. Can I still go even if I need the toilet loads? Also what is it actually? The doctor used really big words and I didn't get it.",
    focus: "Crohn's disease",
    types: ['lifestyle', 'information'],
  },
  // why: "can I play rugby" asks sport, lifestyle; "will my kids have it" asks inheritance; "is there a cure" asks treatment
  {
    message:
      "Hi, I'm 12 and I have hemophilia A. I really really want to play rugby like my mates. Is it too dangerous for me? Will my kids have it when I grow up? And is there a cure yet or is it just the injections?",
    focus: 'hemophilia A',
    types: ['lifestyle', 'inheritance', 'treatment'],
  },
  // why: "how do they check if I have it" asks diagnosis; "did I get it from him" asks inheritance; "can I still play basketball" asks lifestyle
  {
    subject: 'am i too tall',
    message:
      'Im 13 and im already 6 foot and my doctor thinks I might have Marfan syndrome because my arms are really long and my eyes are bad. how do they check if I have it? my dad is tall to, did I get it from him? can I still play basketball for my team?',
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'inheritance', 'lifestyle'],
  },
  // why: "will it grow back" asks the outlook, prognosis
  {
    message:
      "My hair is falling out in round patches and the doctor said its alopecia areata. Will it grow back? I am 12 and I'm scared to go to school without a hat.",
    focus: 'alopecia areata',
    types: ['prognosis'],
  },
  // why: "what causes them" asks cause; "what can I do to make them stop" asks treatment
  {
    message:
      'I get migrains at school and have to go home nearly every week. The lights in the classroom make it worse. What causes them? And what can I do to make them stop when they come?',
    focus: 'migrains',
    types: ['cause', 'treatment'],
  },
  // why: "what is osgood schlatter" asks information; "will i grow out of it" asks prognosis
  {
    message:
      'what is osgood schlatter? i got told i have it in my knee from football. it really hurts when i kneel down. will i grow out of it',
    focus: 'osgood schlatter',
    types: ['information', 'prognosis'],
  },
  // why: "explain what it is in easy words" asks information; "can the bumps turn into cancer" asks complications
  {
    message:
      'Me and my mum both have neurofibromatosis type 1. I have brown spots and she has lots of bumps on her skin. Can you explain what neurofibromatosis type 1 is in easy words? And can the bumps turn into cancer?',
    focus: 'neurofibromatosis type 1',
    types: ['information', 'complications'],
  },
  // why: "is it ok for me to do ballet" asks exercise, lifestyle
  {
    subject: 'bendy',
    message:
      'I have Ehlers-Danlos syndrome (the hypermobile one). Everyone at school thinks its cool that I can bend my thumbs back but my joints hurt all the time. Is it ok for me to keep doing ballet?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['lifestyle'],
  },
  // why: "will growth hormone injections make me taller" asks treatment; "does it affect my heart" asks other problems it leads to, complications
  {
    message:
      "I have Turner syndrome and I'm the shortest in my class by a lot. Will growth hormone injections make me taller? And does it affect my heart? The doctors keep checking it and nobody tells me why.",
    focus: 'Turner syndrome',
    types: ['treatment', 'complications'],
  },
  // why: "will I get better" asks the outlook, prognosis
  {
    message:
      "I'm 11 and I have acute lymphoblastic leukaemia and I'm doing chemo. The doctor said kids with it have a good chance but I want to know what that means. Will I get better?",
    focus: 'acute lymphoblastic leukaemia',
    types: ['prognosis'],
  },
  // why: "is she going to die" asks prognosis; "will I get breast cancer too" asks the daughter's family risk, inheritance; "anything I can do so I don't get it" asks prevention
  {
    subject: 'my mum',
    message:
      "My mum has breast cancer and she's having chemo and she lost all her hair. Is she going to die? Will I get breast cancer too when I'm older? Is there anything I can do so I don't get it?",
    focus: 'breast cancer',
    types: ['prognosis', 'inheritance', 'prevention'],
  },
  // why: "can it still hurt my heart now" asks a problem it leads to, complications
  {
    message:
      "I had Kawasaki disease when I was 4 and now I'm 12. Mum says I have to get my heart checked every year. Can it still hurt my heart now even though I feel fine?",
    focus: 'Kawasaki disease',
    types: ['complications'],
  },
  // why: "can I keep it in my bag in the sun or does it have to be cold" asks storing the medicine, storage_disposal
  {
    message:
      'I have a peanut allergy and I have to carry my EpiPen everywhere. Can I keep my EpiPen in my school bag when its really hot outside or does it have to be kept cold?',
    focus: 'EpiPen',
    types: ['storage_disposal'],
  },
  // why: "is there a medicine so I don't have to do the diet" asks treatment; "what happens if I eat a burger" asks what happens without the treatment, complications; "can I have sweets with aspartame" asks diet, lifestyle
  {
    subject: 'PKU diet',
    message:
      'hi i have PKU and i have to drink this gross protein drink every day. is there a medicine so i dont have to do the diet any more? what happens if i cheat and eat a burger at a party? and can i have the sweets that say aspartame on them?',
    focus: 'PKU',
    types: ['treatment', 'complications', 'lifestyle'],
  },
  // why: "is there something to stop the shaking" asks treatment
  {
    message:
      "My dad has Parkinson's disease and his hand shakes when he tries to eat. He is sad about it. Is there something to stop the shaking?",
    focus: "Parkinson's disease",
    types: ['treatment'],
  },
  // why: "should I take two tomorrow" asks a missed dose, drug_usage; "can I take it with cereal and milk" asks food, interactions
  {
    subject: 'thyroid tablet',
    message:
      'I take levothyroxine for my thyroid. I forgot it this morning, should I take two tomorrow? And can I take it with my breakfast cereal and milk or do I have to wait?',
    focus: 'levothyroxine',
    types: ['drug_usage', 'interactions'],
  },
  // why: "can I still do sleepovers" asks lifestyle; "what is the blowing test for" asks about a test, diagnosis; "how long do people with CF live" asks life expectancy, prognosis
  {
    message:
      "I've got cystic fibrosis and I'm 12. Can I still do sleepovers at my friends houses with all my physio and tablets? What is the blowing test I have to do at clinic every 3 months for? And how long do people with CF live now, because I read something scary online.",
    focus: 'cystic fibrosis',
    types: ['lifestyle', 'diagnosis', 'prognosis'],
  },
  // why: "can I drink a little while I'm on it" asks alcohol with the medicine, interactions
  {
    subject: 'accutane question',
    message:
      "Im 15 and my dermatologist put me on Accutane for my acne. Can I drink at my cousins wedding while I'm on it? only a little bit of champagne",
    focus: 'Accutane',
    types: ['interactions'],
  },
  // why: "what does it do" asks how the medicine works, indication; "will it make my hair fall out" asks side_effects
  {
    message:
      'I have sickle cell and my doctor wants me to start taking hydroxyurea. What does it do? Will it make my hair fall out? Someone told me its a cancer medicine.',
    focus: 'hydroxyurea',
    types: ['indication', 'side_effects'],
  },
  // why: "could that be narcolepsy" asks whether the signs could be it, diagnosis; "who do I see about it" asks find_specialist
  {
    subject: 'falling asleep in class',
    message:
      'I keep falling asleep in class even when I slept all night and sometimes when I laugh my legs go all floppy. Could that be narcolepsy? Who do I see about it, my normal doctor or a sleep doctor?',
    focus: 'narcolepsy',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: "why does he get like that" asks cause; "can I get it when I'm older" asks the child's family risk, inheritance; "is there a group for kids" asks support groups, find_specialist
  {
    message:
      "My dad has bipolar disorder. Sometimes he's really happy and doesn't sleep and spends loads of money and then he stays in bed for days. Why does he get like that? Can I get it when I'm older? Is there a group for kids whose parents have it? I don't want to tell my friends.",
    focus: 'bipolar disorder',
    types: ['cause', 'inheritance', 'find_specialist'],
  },
  // why: "is there a cream to make my skin go back to normal" asks treatment
  {
    message:
      "I'm 12 and I have vitiligo, I have white patches on my hands and round my eyes. Is there a cream that can make my skin go back to the normal colour?",
    focus: 'vitiligo',
    types: ['treatment'],
  },
  // why: "can I do my insulin in the school toilets" and "if I forget my lunch jab what do I do" both ask how to take the medicine, drug_usage
  {
    message:
      'I have type 1 and I do my insulin with a pen. Is it ok to do my insulin in the school toilets? And if I forget my lunch jab what do I do, do I just do it when I remember?',
    focus: 'insulin',
    types: ['drug_usage'],
  },
  // why: "when can I go back to football" asks sport, lifestyle; "can I kiss my girlfriend or will she get it" asks whether it is contagious, susceptibility
  {
    message:
      "I'm 14 and I had glandular fever and I'm still so tired. When can I go back to playing football? And can I kiss my girlfriend or will she get it off me?",
    focus: 'glandular fever',
    types: ['lifestyle', 'susceptibility'],
  },
  // why: "why do I stutter" asks cause; "will I grow out of it" asks prognosis; "is there a speech therapist who can help" asks find_specialist
  {
    subject: 'stutter',
    message:
      'i have a really bad stuttering problem and people laugh at me when i read out loud in english. why do i stutter when my brother doesnt? will i grow out of it? is there like a speech therapist who can help me for free?',
    focus: 'stuttering',
    types: ['cause', 'prognosis', 'find_specialist'],
  },
  // why: "does cetirizine make you sleepy" asks side_effects
  {
    message:
      "Does cetirizine make you sleepy? I have my exams in june and my hay fever is awful but I can't be falling asleep in the exam.",
    focus: 'cetirizine',
    types: ['side_effects'],
  },
  // why: "is it safe for the baby" asks pregnancy precautions for the medicine, contraindications
  {
    subject: 'mums medicine',
    message:
      'My mum takes Keppra for her seizures and she is pregnant with my baby brother. Is it safe for the baby? I am worried he will be born poorly.',
    focus: 'Keppra',
    types: ['contraindications'],
  },
];
