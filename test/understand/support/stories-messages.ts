/**
 * "stories" set: 40 long messages (80 to 250 words) whose questions are buried in a story told over months
 * or years, asked along the way or at the end, sometimes indirectly ("I wonder whether...", "any advice
 * on..."), beside rhetorical questions ("why us?") and questions a doctor asked, which are not labeled.
 * Written by someone who had read neither the code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. First
 * scored before any change for it: focus 1.000, type F1 0.659.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const STORIES_MESSAGES: ConsumerMessage[] = [
  {
    // "I would like to know whether it is wise for her to keep training at competition level" -> lifestyle (sport);
    // "Should she be checked as well?" -> diagnosis (should the sister be tested)
    // ("Why does nobody listen to mothers?" is rhetorical: not labeled)
    subject: 'our daughter and EDS',
    message:
      "Hello. I am writing on behalf of my daughter Lily, who is now 14. Since she was about six she has been dislocating things: first her kneecap at a birthday party, then her shoulder reaching for a cereal box, then her thumb. For years we were told she was just 'very bendy' and would grow out of it. Why does nobody listen to mothers? Finally last spring a rheumatologist diagnosed hypermobile Ehlers-Danlos syndrome. She has done gymnastics since she was five and it is her whole world; her coach says she is talented, and her physio says strong muscles protect the joints, but I am frightened every time she lands a jump. I would like to know whether it is wise for her to keep training at competition level. Also her sister, who is 9, can put her feet behind her head and gets bruises from nothing. Should she be checked as well? Thank you for reading all this. Anna",
    focus: 'Ehlers-Danlos syndrome',
    types: ['lifestyle', 'diagnosis'],
  },
  {
    // "will it keep getting worse over the years or does it settle down" -> prognosis (course);
    // "is there any way to get disabilty benefit for this" -> other (benefits, money)
    // (the neurologist's questions are reported; "who gets a thing like this at 41" is rhetorical: not labeled)
    message:
      'hi so this started about 3 yrs ago my eyelid would droop in the evenings and i thought it was just tiredness from night shifts. then i started choking on my food and my speach went slurry after talking on the phone for a while. the neurologist asked me did i see double when i was tired and did it get better after a rest, and i said yes to both, and after a blood test and some nerve test he said myasthenia gravis. im 41, on pyridostigmine and now they talk about taking out my thymus. honestly who gets a thing like this at 41 out of nowhere. i guess what i really want to know is will it keep getting worse over the years or does it settle down at some point. and also i had to stop driving the forklift at work so is there any way to get disabilty benefit for this because the bills dont stop',
    focus: 'myasthenia gravis',
    types: ['prognosis', 'other'],
  },
  {
    // "I would like to know how long boys with this usually live nowadays" -> prognosis (life expectancy);
    // "I wonder whether there are any studies of new medicines that a boy his age could still join" -> research (trials)
    // ("Can you imagine hearing that over the telephone?" is rhetorical: not labeled)
    subject: 'My grandson Tomas',
    message:
      'Dear Sir or Madam, I am 72 and I am writing about my grandson Tomas, who is 8. When he was three my daughter noticed he climbed the stairs like an old man, one step at a time, and got up from the floor by pushing on his knees. The family doctor said boys are lazy sometimes. Two years later a blood test showed a very high CK and then a genetic test confirmed Duchenne muscular dystrophy. Can you imagine hearing that over the telephone? He is on steroids now and still walks, but he falls more, and he gets so tired at school. My daughter does not want to read anything, so I read for her. I would like to know how long boys with this usually live nowadays, because the numbers I see online are all different. And I wonder whether there are any studies of new medicines that a boy his age could still join. With thanks, Jan',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'research'],
  },
  {
    // "my baby will have this illness also?" -> inheritance (chance a child has it);
    // "the colchicine, I must to stop it when I am pregnant or I can continue?" -> contraindications (colchicine in pregnancy)
    message:
      'Hello, my english is not so good, sorry. I am 29 years, from Armenia, living in France since 5 years. Since I am child I have attacks of fever and very strong pain in the belly, 2 or 3 days, then finish, then again after some weeks. In Armenia the doctors say appendix, one time they want to operate me. Here in Lyon a doctor make genetic test and find FMF, two mutations. Now I take colchicine every day and the attacks are much less, thanks God. My husband and me want baby now. My question is, my baby will have this illness also? My husband family has no this sickness. And the colchicine, I must to stop it when I am pregnant or I can continue? My mother say stop everything, the doctor here is on vacation. Thank you very much, Lusine',
    focus: 'FMF',
    types: ['inheritance', 'contraindications'],
  },
  {
    // "is it ok to drink on Humira or is that a really bad idea?" -> interactions (medicine with alcohol);
    // "i wonder if that's the Humira or just the crohns" -> side_effects (is the tiredness from the medicine)
    subject: 'humira + my 18th',
    message:
      "ok so long story short i got diagnosed with Crohn's disease when i was 15 after like a year of running to the toilet and losing loads of weight. tried mesalamine didnt work, steroids made my face go like a moon, and since last summer im on Humira every two weeks and honestly its the first time in ages i feel kinda normal. my 18th is in march and my mates are planning a big night out. is it ok to drink on Humira or is that a really bad idea? also ive been super tired the day after my injection every time, like sleeping till 2pm tired, i wonder if that's the Humira or just the crohns",
    focus: 'Humira',
    types: ['interactions', 'side_effects'],
  },
  {
    // subject "Is Huntington disease passed on to all the children?" -> inheritance (chance the children get it);
    // the only question is in the subject ("Why is it always me?" is rhetorical: not labeled)
    subject: 'Is Huntington disease passed on to all the children?',
    message:
      'My father was diagnosed in 2019 after years of what we thought was just his temper. He became clumsy, dropped cups, could not sit still at the dinner table, and he lost his job as a bus driver after two small accidents. Mum blamed the drink at first. Now he lives in a care home and barely recognises my brother. There are four of us children, ages 24 to 35, and my oldest sister has two kids of her own. Nobody in the family wants to talk about it, and every time one of us drops a glass everybody goes quiet. I am the one who always has to find things out. Why is it always me? Grateful for anything you can tell me. Rachel',
    focus: 'Huntington disease',
    types: ['inheritance'],
  },
  {
    // "Any advice on what he can do to stop these crises happening so often?" -> prevention (preventing crises);
    // "I would like to know if flying is safe for him" -> lifestyle (travel)
    // ("Why him, every single year?" is rhetorical: not labeled)
    message:
      'Hi there, my little brother Kofi is 19 and has sickle cell disease. Every winter it is the same story: the first cold week he ends up in A&E with pain in his back and legs, and last January he was in hospital for eleven days with a chest crisis and needed a transfusion. Why him, every single year? He is at university now, in a colder city, living with people who do not really understand, and he sometimes forgets to drink enough because he is busy. Our mum sends him soup and hats. Any advice on what he can do to stop these crises happening so often? He is also meant to go to Ghana with our family for a wedding in the summer, a long flight, and I would like to know if flying is safe for him or if he needs to do something special. Thank you, Ama',
    focus: 'sickle cell disease',
    types: ['prevention', 'lifestyle'],
  },
  {
    // "Any advice on how we should handle food at school" -> lifestyle (school, food);
    // "I would also like to know whether these meltdowns are part of the syndrome itself" -> symptoms (is a sign part of it)
    subject: 'Pupil with Prader-Willi syndrome - advice for school',
    message:
      "Good afternoon. I teach a reception class and in September we welcomed a little boy with Prader-Willi syndrome. His parents are lovely and gave us a folder, but honestly the first term has been a learning curve. In October he took a sandwich from another child's lunchbox and hid it in his coat; in November he had a huge meltdown when the timetable changed for the nativity rehearsal, screaming and hitting for nearly half an hour. The lunchtime staff keep asking me what they are allowed to give him at snack time, and I do not know what to say. Any advice on how we should handle food at school, birthday cakes in class and so on? I would also like to know whether these meltdowns are part of the syndrome itself or whether we are doing something wrong. Many thanks, Mrs Okafor",
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle', 'symptoms'],
  },
  {
    // subject "Could this be Addison's disease?" -> diagnosis (could her signs be it); the only question is in the subject
    // (the doctor's questions about salt and fainting are reported; "How can anyone be 'fine' and feel like this?" is rhetorical)
    subject: "Could this be Addison's disease?",
    message:
      "For about two years I have been going downhill. First it was just tiredness, which I put down to the new job and the baby. Then I lost seven kilos without trying, got dizzy every time I stood up, and my skin went darker, especially on my knuckles and the scars on my knee, even in winter. My GP did a full blood count and said I was fine, maybe depression. How can anyone be 'fine' and feel like this? Last week I saw a different doctor who asked me if I craved salty food, and I laughed because I eat crisps with extra salt. She also asked whether I had ever fainted, and I have, twice. She has ordered a morning cortisol test but the appointment is in three weeks and I keep reading things at 3am. In the meantime I have had two more dizzy spells at work, one on the stairs, and my manager sent me home. My husband has started doing the school run because I cannot trust myself behind the wheel some mornings. I used to run half marathons. Now I need a sit down after hanging the washing. I have also noticed that I crave liquorice, of all things, which I never liked before. My sister says I am a hypochondriac. I just want to feel like myself again.",
    focus: "Addison's disease",
    types: ['diagnosis'],
  },
  {
    // "what actualy happens if he just goes off the diet as a teenager, can it still harm his brain" -> complications (untreated);
    // "is there not some tablet by now so he doesnt have to drink that formula" -> treatment (medicines)
    // (the dietitian's question to the boy is reported: not labeled)
    message:
      'our son Leo was picked up with PKU on the heel prick test when he was 6 days old, that was 12 years ago. since then our whole life is weighing food and counting protein and the formula that tastes like i dont know what. he was always good about it but now hes 12 and with his friends he eats pizza and burgers and lies about it, his last levels were way up and the dietitian was not happy. she asked him did he understand what could happen and he just shrugged. what actualy happens if he just goes off the diet as a teenager, can it still harm his brain at his age. and is there not some tablet by now so he doesnt have to drink that formula 3 times a day, someone in the facebook group mentioned one but i didnt catch the name',
    focus: 'PKU',
    types: ['complications', 'treatment'],
  },
  {
    // "I wonder whether that's actually the haemochromatosis" -> symptoms (is the knuckle pain a sign of it);
    // "Should they be getting tested now, or can that wait?" -> diagnosis (should relatives be tested)
    subject: 'Haemochromatosis and joints',
    message:
      "Hello, I'm a 54 year old man from Cork. About four years ago a routine blood test for my insurance came back with a very high ferritin, over 1500. After a lot of back and forth I was diagnosed with haemochromatosis, the C282Y gene from both sides apparently, very Irish they told me. I've had about forty venesections since and my ferritin is normal now, which is great. But the thing that bothers me is my hands. The knuckles of my first two fingers ache every morning and I can't grip the steering wheel properly, and the GP just shrugs and says arthritis, it's my age. I wonder whether that's actually the haemochromatosis. And I've three grown-up children, 19 to 28. Should they be getting tested now, or can that wait? Thanks a million. Declan",
    focus: 'haemochromatosis',
    types: ['symptoms', 'diagnosis'],
  },
  {
    // "What should I do if that happens again?" (a forgotten weekly dose) -> drug_usage (missed dose);
    // "I would like to know if a little alcohol is really forbidden with methotrexate" -> interactions (alcohol)
    message:
      "I have had rheumatoid arthritis for about nine years. I started on methotrexate tablets, 15 mg once a week on Mondays, two years ago after the hydroxychloroquine stopped working, and my hands are so much better that I can knit again. Last month we went on a cruise and between the time change and the excitement I completely forgot my Monday dose and only remembered on Thursday. I did not know whether to take it then or skip it, so I skipped it and was stiff all week. What should I do if that happens again? Also, my daughter's wedding is in June and I would love to have a glass or two of champagne at the reception. I would like to know if a little alcohol is really forbidden with methotrexate or if it is just a general warning. Thank you kindly, Maureen",
    focus: 'methotrexate',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "What is the proper way to get rid of them?" (the leftover warfarin) -> storage_disposal (throwing away);
    // "Is he allowed to take it with the Eliquis" (ibuprofen) -> interactions (medicine with another medicine)
    subject: 'Leftover warfarin',
    message:
      "My husband Bill was put on warfarin in 2015 for his atrial fibrillation, with all the blood tests and the fuss about green vegetables that goes with it. This spring his cardiologist decided to switch him to Eliquis because his INR was never stable. The pharmacist told us when to stop one and start the other, and that part went fine. Now I have two nearly full boxes of warfarin in the kitchen drawer and I don't want them lying around with the grandchildren visiting every weekend. What is the proper way to get rid of them? I don't want to flush them down the toilet. Also Bill has a bad knee and used to take ibuprofen now and then before all this. Is he allowed to take it with the Eliquis, or should he stick to paracetamol? Regards, Joan",
    focus: 'warfarin',
    types: ['storage_disposal', 'interactions'],
  },
  {
    // "I would like to know how rare it really is" -> frequency;
    // "is there any centre or specialist clinic in the UK that follows adults with Fabry?" -> find_specialist
    // ("Thirty years, can you believe it?" is rhetorical: not labeled)
    subject: 'Fabry disease',
    message:
      "Good morning. I am 46, and since my teens I have had burning pain in my hands and feet, especially when I had a fever or after football in the heat. I also never sweated like the other boys. Doctors told me it was growing pains, then nerves, then 'anxiety'. Last year my kidney function started to drop and a sharp nephrologist finally tested my enzyme levels: Fabry disease. So thirty years of pain had a name all along. Thirty years, can you believe it? I have read that it is rare, but I would like to know how rare it really is, because none of the doctors in my town had ever seen a case. And is there any centre or specialist clinic in the UK that follows adults with Fabry? My local hospital seems to be learning as they go. Many thanks, Martin",
    focus: 'Fabry disease',
    types: ['frequency', 'find_specialist'],
  },
  {
    // "I would like to know if there is any chance she will walk on her own again" -> prognosis (will she walk);
    // "are there any other treatments being studied that she could take part in?" -> research (trials)
    // (the specialists' questions are reported; "How do you explain to her grandparents...?" is rhetorical)
    message:
      "Dear team, our daughter Mia was a happy, babbling baby. She said 'mama' and 'ball' and waved bye-bye at 14 months. Then, around 18 months, everything slipped away. She stopped talking, stopped using her hands to play, and started wringing and clapping them all day long. She used to walk holding the sofa and now she mostly sits. For a year we went from one specialist to another; one asked us whether she had been vaccinated recently, another whether there was autism in the family. Then a genetic test showed Rett syndrome. She is three now. Some days are good: she looks at us with those huge eyes and laughs at her brother's silly faces, and we know she is in there. Other days she holds her breath until her lips go blue, cannot sleep until 4 in the morning, and screams for reasons we cannot find. We have physio twice a week and speech therapy with a tablet she can look at to choose pictures, and we have rebuilt our whole life around her appointments. How do you explain to her grandparents that she will not 'catch up'? I would like to know if there is any chance she will walk on her own again. And I have read about a new medicine in America; are there any other treatments being studied that she could take part in? Thank you, Sophie and Marc",
    focus: 'Rett syndrome',
    types: ['prognosis', 'research'],
  },
  {
    // "could this come back to hurt his heart when hes older" -> complications (later heart problems);
    // "what causes it, did we do something wrong?" -> cause
    message:
      'hello, last March our son Eli who was 2 then had a fever for 6 days that wouldnt come down, red eyes, cracked red lips, a rash and his hands and feet swelled up and then the skin peeled. the first doctor said virus and sent us home twice. by the time they said Kawasaki disease at the childrens hospital it was day 8, he got the IVIG and aspirin and they found one of the heart arteries slightly enlarged. now a year later the echo is normal and the cardiologist is happy. but i still lie awake. could this come back to hurt his heart when hes older, like in his 30s or 40s? and i keep going over that week in my head again and again. what causes it, did we do something wrong? Nina',
    focus: 'Kawasaki disease',
    types: ['complications', 'cause'],
  },
  {
    // "I'd like to know which gene is actually affected in my type" -> genetic_changes;
    // "is working out with weights something people with SMA are encouraged to do, or could it do harm?" -> lifestyle (exercise)
    subject: 'SMA type 3 - gene and gym',
    message:
      "Hi, I'm 27 and was diagnosed with SMA type 3 at 11, after years of being the kid who couldn't keep up in PE and fell on the stairs at school. I walked until about 22 and now use a wheelchair most of the time, though I can still stand to transfer. I started on a treatment two years ago and things have been more stable since. My new physio wants me to start resistance training at a gym, and my old neurologist always said be careful not to overdo it. I'd like to know which gene is actually affected in my type, because my genetics letter is full of numbers and copies and I never understood it. And is working out with weights something people with SMA are encouraged to do, or could it do harm? Thanks, Dani",
    focus: 'SMA',
    types: ['genetic_changes', 'lifestyle'],
  },
  {
    // "which is the reason for this disease, where it comes?" -> cause;
    // "Can this illness make me blind in the future?" -> complications (eye damage)
    // (the eye doctor's question about floating black points is reported: not labeled)
    message:
      'Hello, I am Mehmet, 34 years, I write from Germany. Since 6 years I have the wounds in the mouth, very painful, sometimes 10 at the same time, I can not eat. Also the wounds on private area and red spots on legs. Many doctors, many creams. Last year my eye become red and blurry and eye doctor send me to hospital, they do pathergy test and tell me is Behcet disease. My mother think it is from the spicy food, she cooks now without pepper, poor woman. I want to ask, which is the reason for this disease, where it comes? And the eye doctor was very worried, he ask me if I see black points floating. Can this illness make me blind in the future? I have small daughter and I want to see her grow. Thank you',
    focus: 'Behcet disease',
    types: ['cause', 'complications'],
  },
  {
    // "Is she at any risk?" (catching it from him in the same bed) -> susceptibility (contagious);
    // "I'd like to know if all those years at the foundry could be behind it" -> association (named exposure as cause)
    // (the chest doctor's question about beryllium is reported: not labeled)
    message:
      "Morning. I'm a 51-year-old man who worked 25 years at a foundry, casting and grinding, lots of dust and fumes, not always with a mask in the early days. Two years ago I had a cough that wouldn't go, and then painful red lumps on my shins. A scan showed swollen glands in my chest and a biopsy said sarcoidosis. I'm on prednisolone now and the lumps have gone. The chest doctor asked me if I'd ever worked with beryllium, and to be honest I don't know what was in half the stuff we poured. My wife is worried she can catch it from me, sleeping in the same bed, since I cough a lot at night. Is she at any risk? And I'd like to know if all those years at the foundry could be behind it, because a few of the lads have had lung trouble too. Cheers, Gary",
    focus: 'sarcoidosis',
    types: ['susceptibility', 'association'],
  },
  {
    // "will that happen to me, is that how it goes for everyone" -> prognosis (course, wheelchair);
    // "does eating something special actualy help or is that rubbish" -> lifestyle (diet)
    // (the neurologist's question is reported; "how did nobody notice" is rhetorical: not labeled)
    message:
      'hi im 31 and got told last week i have MS after my eye went blurry and painful in the summer and then my leg went numb for like 3 weeks in october. the neurologist asked had i ever had tingling before and i said yes, years ago in uni, both hands, but i just thought i slept funny. so its been there for 10 years, how did nobody notice. i havent stopped crying. my aunt had it and ended up in a wheelchair in her 50s and could barely talk, so will that happen to me, is that how it goes for everyone. also my freind swears by some diet with no dairy and no gluten, does eating something special actualy help or is that rubbish. sorry for the mess i just dont know who to ask',
    focus: 'MS',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "I would like to know how much these injections really help" -> treatment (growth hormone);
    // "Will she be able to manage in a normal school, or does she need extra support?" -> lifestyle (school)
    // (the endocrinologist's question is reported: not labeled)
    subject: 'growth hormone for Turner syndrome',
    message:
      'Hello, our daughter Zara is 9. She was always the smallest in her class, in every photo she is in the front row, and we thought she just took after my mother who is tiny. Last year the school nurse sent a letter about her height, our GP referred her, and after blood tests and a chromosome test she was diagnosed with Turner syndrome. The endocrinologist asked whether Zara had ever had ear infections or heart problems as a baby, and she had lots of ear infections, so that fits too. Now they are offering daily growth hormone injections. I would like to know how much these injections really help, and whether it is worth putting a 9-year-old through a needle every night. She is also bright but struggles with maths and gets tired in class. Will she be able to manage in a normal school, or does she need extra support? Thank you, Priya',
    focus: 'Turner syndrome',
    types: ['treatment', 'lifestyle'],
  },
  {
    // "I wonder whether it is stress, or my periods" (setting off the swellings) -> cause (what brings on attacks);
    // "Is there anything I can take beforehand so that it does not trigger a swelling" -> prevention (preventing attacks)
    message:
      "Hi, for almost fifteen years I have had these strange swellings. My lips blow up, once my hand swelled so much I couldn't close it for three days, and the worst ones are in my stomach, with vomiting and pain so bad I was once operated on for a suspected appendix that was perfectly fine. Every doctor said allergy and gave me antihistamines and an EpiPen, which did nothing. Nothing! Last year an immunologist finally checked my C1 inhibitor and said hereditary angioedema. It helps to have a name, but I still do not know what sets it off. I wonder whether it is stress, or my periods, because the swellings seem to come in clusters at certain times of the month. And I have a big dental job coming up, two extractions. Is there anything I can take beforehand so that it does not trigger a swelling in my throat? Kind regards, Helen",
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention'],
  },
  {
    // "Is lamotrigine safe to keep taking while pregnant" -> contraindications (pregnancy);
    // "Could it come back if the dose changes in pregnancy?" (the rash) -> side_effects
    subject: 'lamotrigine and pregnancy',
    message:
      'Hello. I have had epilepsy since I was 16, mostly absences and two big seizures in my whole life. I was on another medicine as a teenager, but my neurologist moved me to lamotrigine when I turned 20 because she said it was better for women who might want children someday. I have been seizure free for six years on 200 mg a day. Now I am 30, married, and we want to start trying. My GP said to "discuss it with neurology" and the next neurology appointment is in five months. Is lamotrigine safe to keep taking while pregnant, or should I plan to change something before we start? Also, when I first started it I had a mild rash on my arms that went away on its own. Could it come back if the dose changes in pregnancy? Thank you very much, Laura',
    focus: 'lamotrigine',
    types: ['contraindications', 'side_effects'],
  },
  {
    // "I would like to know what this tablet actually does in the body" -> indication (how it works);
    // "Does levothyroxine have lactose in it?" -> ingredients
    message:
      "Dear Sirs, I am 78 and not very good with computers, my granddaughter is typing this for me. About 6 months ago I felt very tired and cold all the time, my voice went hoarse, and my wife said I was sleeping in the armchair every afternoon. The doctor did a blood test and started me on levothyroxine 50 micrograms. He said 'your thyroid is lazy' and that was it, he is always in a rush. I take it every morning with water as written on the box. I would like to know what this tablet actually does in the body, is it a hormone or what. Also I am lactose intolerant for many years, and my granddaughter says some tablets have milk sugar in them. Does levothyroxine have lactose in it? Thank you for your help, Walter",
    focus: 'levothyroxine',
    types: ['indication', 'ingredients'],
  },
  {
    // subject "Can Accutane cause depression?" -> side_effects (is his low mood from the medicine); the only question is in the subject
    // (the dermatologist's question is reported; "Which 17-year-old tells his mother anything?" is rhetorical: not labeled)
    subject: 'Can Accutane cause depression?',
    message:
      "My son Jake is 17. He had bad acne from about 13, cysts all over his face and back, and he stopped going swimming with his friends and wore hoodies even in summer. We tried antibiotics, creams, everything. In September the dermatologist put him on Accutane and his skin is honestly the best it has been in years. But over the last two months he has changed. He stays in his room, he quit the football team, he snaps at his little sister and he told me last week that he 'doesn't see the point'. When we went back the dermatologist asked him if he had any thoughts of harming himself, and he said no, but I am not sure I believe him. Which 17-year-old tells his mother anything? His dad thinks it is just being 17. I am watching him like a hawk.",
    focus: 'Accutane',
    types: ['side_effects'],
  },
  {
    // "I would like to know how common Gaucher really is among Ashkenazi Jews" -> frequency;
    // "what is the chance that our children have it or carry it?" -> inheritance (carriers, chance for children)
    subject: 'Gaucher disease in our family',
    message:
      "Hello, my name is Miriam. My cousin's son was recently diagnosed with Gaucher disease type 1 after he bruised easily for years and they found a huge spleen during a check-up for something else. At the family dinner for Passover it was all anyone talked about. My aunt says it is 'an Ashkenazi thing' and that half the family must be carriers. I married a man who is also of Ashkenazi background and we have two children, 6 and 3, and I am now pregnant with our third. I would like to know how common Gaucher really is among Ashkenazi Jews, because my aunt tends to exaggerate. And if my husband and I were both carriers without knowing, what is the chance that our children have it or carry it? I have not slept well since that dinner. Thank you, Miriam",
    focus: 'Gaucher disease',
    types: ['frequency', 'inheritance'],
  },
  {
    // "I want to know what other signs of it we should keep an eye out for as he grows up" -> symptoms;
    // "is there a group of other parents we can talk to?" -> find_specialist (support group)
    // (the neurologist's question about white patches is reported: not labeled)
    message:
      "Hi. My son Noah started having these little jerks when he was 5 months old, his arms flew up and his head dropped, in clusters when he woke up. I filmed them and the pediatrician saw the video and sent us straight to hospital. The EEG was awful, the MRI showed 'tubers' in his brain, and a heart scan showed small tumours in his heart. Diagnosis: tuberous sclerosis complex. The neurologist asked if anyone in the family had white patches on their skin or kidney problems, and it turns out my husband has a few pale patches he never thought about. Noah is 2 now and the seizures are mostly controlled. I want to know what other signs of it we should keep an eye out for as he grows up. And is there a group of other parents we can talk to? Everyone we know just says 'he looks fine'. Chloe",
    focus: 'tuberous sclerosis complex',
    types: ['symptoms', 'find_specialist'],
  },
  {
    // "Could giving her bread and rusks so early have caused her coeliac disease?" -> association (named exposure as cause);
    // "Can Emily still eat oats" -> lifestyle (diet)
    // (the paediatrician's question is reported: not labeled)
    message:
      'Hello, I am a grandmother of three. My granddaughter Emily, now 4, was diagnosed with coeliac disease this year after months of a swollen belly, terrible diarrhoea and not growing. The paediatrician asked my daughter at what age she started giving Emily bread and biscuits, and my daughter came home crying, thinking it was her fault. I looked after Emily a lot as a baby and I gave her rusks from about 4 months, like I did with my own children. Could giving her bread and rusks so early have caused her coeliac disease? I feel terrible. Also, I make porridge for all the grandchildren when they sleep over on Fridays. Can Emily still eat oats, or do I need to find something else for her? I want to get this right. Thank you, Margaret',
    focus: 'coeliac disease',
    types: ['association', 'lifestyle'],
  },
  {
    // "what actually is this condition, is it a lung disease or a liver thing" -> information (overview);
    // "i'd like to know if the smoking makes him more at risk with this than a normal smoker" -> susceptibility (exposure raises risk)
    // ("can you believe that?" is rhetorical: not labeled)
    subject: 'my brother and alpha-1',
    message:
      "hi, my brother Sean is 38 and has been short of breath for years, we all thought it was the smoking, he smokes twenty a day since he was 15. last month after a chest scan the lung doctor did some extra blood test and said he has alpha-1 antitrypsin deficiency and his lungs look like a 70 year olds. he came out of the appointment and lit a cigarette in the carpark. can you believe that? he doesnt want to read anything so im trying to understand it for him. what actually is this condition, is it a lung disease or a liver thing, the doctor mentioned both. and i'd like to know if the smoking makes him more at risk with this than a normal smoker, because maybe if i can show him that hell finally stop. thanks, Siobhan",
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['information', 'susceptibility'],
  },
  {
    // "I would like to know whether these lumps can become cancer later on" -> complications (turn into cancer);
    // "How many people actually have NF1?" -> frequency
    // (the doctor's question about the family is reported: not labeled)
    message:
      "Hello, my son Oliver is 7. As a baby he had a few light brown patches on his back and tummy, the 'coffee with milk' kind, and over the years there were more and more, plus freckles in his armpits. Our GP said birthmarks, nothing to worry about. At his 6 year check a new doctor counted them, asked if anyone in the family had similar spots or bumps on the skin (no one that we know of), and referred him. In the end he was diagnosed with neurofibromatosis type 1. Now we see a lot of scary pictures online of people covered in lumps. I would like to know whether these lumps can become cancer later on. Also, none of the teachers or even some doctors seem to have heard of it. How many people actually have NF1? Thank you, Paul",
    focus: 'neurofibromatosis type 1',
    types: ['complications', 'frequency'],
  },
  {
    // "I would like to understand what actually brings them on" (the attacks) -> cause;
    // "is there a doctor or a clinic in the north of England who knows this disease well?" -> find_specialist
    // (the doctors' question about drug seeking is reported: not labeled)
    message:
      "Hello. For about eight years I have had attacks of terrible stomach pain, vomiting, a racing heart, and once my arms went so weak I couldn't lift a cup. I was in A&E more times than I can count, had my gallbladder out for nothing, and more than one doctor asked me if I was drug seeking. Imagine being asked that while you are crying in pain! Last autumn my urine turned dark red during an attack and a young doctor thought of porphyria. The tests came back as acute intermittent porphyria. I still have attacks every couple of months. I would like to understand what actually brings them on, because I can't see a pattern. And is there a doctor or a clinic in the north of England who knows this disease well? My GP admits he had to look it up. Thank you, Claire",
    focus: 'acute intermittent porphyria',
    types: ['cause', 'find_specialist'],
  },
  {
    // "I'd like to know which gene causes it" -> genetic_changes;
    // "are there any trials going on, gene therapy or anything, that I could take part in?" -> research
    // ("Funny for someone who wants to be a designer, right?" is rhetorical: not labeled)
    subject: 'Stargardt disease',
    message:
      "Hi, I'm 23, a student in graphic design. When I was 16 I started having trouble seeing the board and reading small text, and glasses didn't help. The optician kept changing my prescription. Eventually an eye specialist did a scan of my retina and said Stargardt disease. Since then my central vision has gone down slowly, and I now use a magnifier app on my phone and big fonts on everything. Funny for someone who wants to be a designer, right? My parents both see perfectly and nobody in the family has anything like this. I'd like to know which gene causes it, since I've never had a genetic test. And are there any trials going on, gene therapy or anything, that I could take part in? I've read bits online but don't know what's real. Thanks, Ines",
    focus: 'Stargardt disease',
    types: ['genetic_changes', 'research'],
  },
  {
    // "I wonder whether hydroxychloroquine can really damage the eyes after a few years, and how likely that is" -> side_effects;
    // "Is it safe to keep taking them while I breastfeed?" -> contraindications (breastfeeding)
    // (the optometrist's question is reported: not labeled)
    message:
      "Good evening. I was diagnosed with lupus in 2018, after two years of joint pain, a rash on my cheeks in the sun and hair falling out in the shower. I've been on hydroxychloroquine 200 mg twice a day since then and it has really calmed things down. My rheumatologist wants me to have an eye check every year, and at my last check the optometrist asked me whether I'd noticed any trouble reading or seeing colours, which frightened me. I wonder whether hydroxychloroquine can really damage the eyes after a few years, and how likely that is. Also, I had my first baby four weeks ago (healthy girl!) and I'm breastfeeding. The midwife wasn't sure about the tablets. Is it safe to keep taking them while I breastfeed? Many thanks, Adaeze",
    focus: 'hydroxychloroquine',
    types: ['side_effects', 'contraindications'],
  },
  {
    // "there must be some treatment beyond braces, physio, surgery, a medicine, anything" (with "is that it??") -> treatment;
    // "will she get it from me, what are her chances" -> inheritance (chance a child has it)
    message:
      'so my dad always walked funny, high steps and his feet slapping, and we just called it dads walk. now im 36 and ive been tripping on nothing for years, my feet have these really high arches and i cant feel my toes properly. neurologist did the nerve test and said its CMT like dad probly had. he gave me a leaflet about braces and said see you in a year. is that it?? there must be some treatment beyond braces, physio, surgery, a medicine, anything. and my daughter is 8 and very sporty, will she get it from me, what are her chances',
    focus: 'CMT',
    types: ['treatment', 'inheritance'],
  },
  {
    // subject "PFAPA - will he outgrow it?" -> prognosis (course);
    // "Does taking out the tonsils really cure it?" -> treatment (surgery)
    subject: 'PFAPA - will he outgrow it?',
    message:
      'Hello, our son Lucas is 4. Since he was 18 months old he gets a high fever, 40 degrees, every 3 to 4 weeks like clockwork, with a sore throat, white spots on his tonsils and sores in his mouth. We went through countless antibiotics before a paediatrician noticed the calendar pattern and said PFAPA. The ENT surgeon has offered to take out his tonsils. I am afraid of the anaesthetic. Does taking out the tonsils really cure it? Thank you, Eva',
    focus: 'PFAPA',
    types: ['prognosis', 'treatment'],
  },
  {
    // "I wonder whether this will settle down after a while" (cramps, diarrhoea) -> side_effects;
    // "Would it be better to take it with my evening meal instead?" -> drug_usage (timing)
    message:
      "Hi. I'm 28 and was diagnosed with PCOS two years ago after my periods stopped and I gained weight no matter what I did. My gynaecologist started me on metformin 500 mg three weeks ago, and she wants to go up to twice a day next month. The problem is my stomach. Since I started, I've had cramps, bloating and diarrhoea. I wonder whether this will settle down after a while or if it's going to be like this as long as I take it. Also I take it at breakfast, because that's when I remember, but I usually only have a coffee and a banana. Would it be better to take it with my evening meal instead? Thanks, Sara",
    focus: 'metformin',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "I would like to know how people usually come off prednisone ... and whether it is dangerous to stop it suddenly" -> drug_usage (stopping; one question);
    // "we keep her tablets in the bathroom cabinet ... Is that alright?" -> storage_disposal
    message:
      'Hello, I care for my mother, who is 81 and lives with us. Last year she woke up one morning unable to lift her arms to brush her hair, and her shoulders and hips were so stiff she needed help getting out of bed. Her GP diagnosed polymyalgia rheumatica and started prednisone, and within two days she was like a new woman. Now, fourteen months on, the GP is slowly bringing the dose down, and every time we go down a step the stiffness creeps back and she gets very low. I would like to know how people usually come off prednisone without the stiffness returning, and whether it is dangerous to stop it suddenly, because my mother sometimes says she will just stop. Also, we keep her tablets in the bathroom cabinet and it gets steamy in there. Is that alright? Regards, Deborah',
    focus: 'prednisone',
    types: ['drug_usage', 'storage_disposal'],
  },
  {
    // "What is Williams syndrome exactly?" -> information;
    // "Is there any help with the cost of the therapies?" -> other (costs, insurance)
    // ("why is everything so expensive for these children?" is rhetorical: not labeled)
    message:
      "Dear Madam or Sir, My grandson Mateo is 2 and a half. He was a very fussy baby, cried all the time and would not feed, and now he is the friendliest little boy, he talks to everyone in the supermarket. Last month the doctors found a narrowing in his heart and after a blood test called a 'microarray' they said he has Williams syndrome. My daughter explained it to me quickly on the phone, but she was crying and I did not understand much. What is Williams syndrome exactly? I want to understand so I can help. Also, the speech therapy and the physiotherapy are not fully covered by their insurance and my daughter is a single mother. Is there any help with the cost of the therapies? We will manage somehow, but why is everything so expensive for these children? Thank you, Rosa",
    focus: 'Williams syndrome',
    types: ['information', 'other'],
  },
  {
    // "Is there really a connection between that vaccine and narcolepsy?" -> association (exposure link);
    // "Is it possible to drive with narcolepsy if my medicine is working?" -> lifestyle (driving)
    subject: 'vaccine, sleep and a driving licence',
    message:
      "Hi, I'm 20 and at university in Sweden. When I was 12, a few months after the swine flu vaccine in 2009, I started falling asleep in class, on the bus, even while eating. Then when I laughed my knees would give way and I'd drop to the floor, which the kids at school thought was hilarious. It took three years and a sleep study to get a diagnosis of narcolepsy with cataplexy. My mum is convinced the vaccine did it, and I've read that there were lots of cases here after that vaccination campaign. Is there really a connection between that vaccine and narcolepsy? Also I'd love to get my driving licence this year, all my friends have one. Is it possible to drive with narcolepsy if my medicine is working? Thanks, Elin",
    focus: 'narcolepsy',
    types: ['association', 'lifestyle'],
  },
  {
    // "I would like to know how doctors tell polycystic kidney disease apart from ordinary simple cysts, and whether I should have a genetic test" -> diagnosis (one question);
    // "If it is PKD, will I end up on dialysis like my mother?" -> prognosis (course)
    // (the nephrologist's question about an aneurysm is reported: not labeled)
    subject: 'Kidney cysts and my mother',
    message:
      "Good afternoon. I am 42. Three years ago I went to the GP with high blood pressure and some back pain, and an ultrasound found 'a few cysts' on both kidneys. The GP said cysts are common at my age and not to worry. My mother died at 58 on dialysis, and I always heard it was 'kidney disease', nothing more specific. Now a new scan shows more cysts and my kidney function is a bit lower. The nephrologist asked whether my mother had ever had a brain aneurysm, which scared me. I would like to know how doctors tell polycystic kidney disease apart from ordinary simple cysts, and whether I should have a genetic test. If it is PKD, will I end up on dialysis like my mother? Thank you, Hannah",
    focus: 'polycystic kidney disease',
    types: ['diagnosis', 'prognosis'],
  },
];
