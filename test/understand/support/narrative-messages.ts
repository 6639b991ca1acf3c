/**
 * Narrative evaluation set: 40 long, emotional, rambling messages from parents, partners
 * and adult children written in the first weeks after a diagnosis or after years of
 * searching. Each tells its story in order of events, names earlier wrong diagnoses,
 * relatives' conditions and medicines tried along the way, and scatters its questions
 * (in the middle, at the end, or phrased as wishes). 34 messages are about a condition
 * (31 rare, 3 common: celiac disease, type 1 diabetes, autism) and 6 about a medicine.
 * `focus` is the verbatim name of the condition or medicine the questions are mainly
 * about (checked against the knowledge base); `types` lists one type per question asked,
 * in order, each type once.
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, checking
 * only that each focus is a name the knowledge base holds. Scored once before anything was changed against
 * it: focus 0.975, type F1 0.714 (see BENCHMARKS.md). Scored by narrative.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --narrative --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const NARRATIVE_MESSAGES: ConsumerMessage[] = [
  {
    // "can girls live into their forties" = outlook; "anything new being tried, any trial" = research. Autism/Angelman are earlier wrong guesses.
    message:
      "Our daughter Mila was a happy, babbling baby until about 14 months. She said 'mama' and 'ball', she grabbed everything, she crawled after the cat. Then slowly it all went away. She stopped talking, she started wringing her hands all day long, and she would hold her breath until her lips went blue. The first pediatrician said it was a phase, the second one said autism, and a neurologist even tested her for Angelman syndrome. Last month the genetic result finally came back: Rett syndrome, a change in the MECP2 gene. I cried all night and my husband has hardly spoken since. I keep reading stories online that frighten me. Is it true that girls with Rett syndrome can live into their forties and fifties, or are those just the lucky ones? She is two and a half now and I don't know how to picture her future. If only someone could tell us whether there is anything new being tried, any trial she could join, because sitting still and watching her lose more is unbearable.",
    focus: 'Rett syndrome',
    types: ['prognosis', 'research'],
  },
  {
    // "did this come through me / could my daughter be a carrier" = inheritance; "what else exists to slow this down" = treatment; "where do we find a neuromuscular clinic" = find_specialist.
    subject: 'My little boy and the stairs',
    message:
      "Since he was three, Leo has been slower than the other kids. He fell a lot, he walked on his toes, and he climbs the stairs holding the rail with both hands. Our GP said flat feet and then 'some boys are just clumsy'. In September a new doctor watched him get up from the floor by pushing on his own knees and her face changed. Blood tests, a CK that was 'through the roof', and then the genetic test: Duchenne muscular dystrophy. He is five. I am terrified. My grandmother had a brother who died at nineteen of 'weak muscles' and nobody ever talked about it. Did this come through me? I have a daughter too, she is eight, and I need to know whether she could be a carrier. The neurologist mentioned steroids like prednisone, but I don't understand what they actually do for him or what else exists to slow this down. And where do we find a proper neuromuscular clinic, because our local hospital has never seen a case.",
    focus: 'Duchenne muscular dystrophy',
    types: ['inheritance', 'treatment', 'find_specialist'],
  },
  {
    // "how long do babies with type 1 live / will he sit" = outlook; "a centre that sees many children, other parents" = find_specialist.
    message:
      "I am writing at 3 am because I can't sleep. Our son Noah was born in June and everything seemed fine. By ten weeks he was floppy, his legs barely moved, and he breathed with his tummy. The health visitor said some babies are just lazy. Then our GP sent us to hospital and within a week they told us spinal muscular atrophy, type 1. My wife's cousin has cerebral palsy and at first I thought it would be something like that, something you live with. Then I googled. He has already had his first treatment, an injection into his back, and the nurses seem hopeful, but no one will give me a straight answer. How long do babies with type 1 live now that there are treatments, and will he ever sit on his own? We also feel completely alone. Is there a centre that sees many children with SMA, and are there other parents we could talk to?",
    focus: 'spinal muscular atrophy',
    types: ['prognosis', 'find_specialist'],
  },
  {
    // "which gene is not working" = genetic_changes; "whether it came from me, before another child" = inheritance. Cerebral palsy was the wrong diagnosis, levetiracetam only mentioned.
    message:
      "For two years we were told our son Theo had cerebral palsy. He laughed all the time, flapped his hands, didn't sleep more than four hours a night and still didn't say a single word. When he had his first seizure at two and a half, they put him on levetiracetam and a new neurologist asked for a genetic test. The answer was Angelman syndrome. Everyone keeps calling him a 'happy puppet' and I want to scream. I am his mother and I feel like I failed him somehow. The geneticist spoke fast about chromosome 15 and something missing from the mother's side, and I just nodded because I was crying. I just want to understand which gene is actually not working in him. And I need to know whether it came from me, because we were hoping to give him a brother or sister one day.",
    focus: 'Angelman syndrome',
    types: ['genetic_changes', 'inheritance'],
  },
  {
    // "what diet, how to handle food at home and nursery" = lifestyle; "do growth hormone injections really help" = treatment. SMA was only ruled out.
    subject: 'Always hungry',
    message:
      "When Ava was born she was so floppy she couldn't suck, and she spent five weeks in the NICU with a feeding tube. They tested her for spinal muscular atrophy first, and that came back normal, then a methylation test showed Prader-Willi syndrome. Back then the problem was getting food into her. Now she is four and it is the opposite. She takes food out of the bin, she cried for an hour at a birthday party because the cake was put away, and we have had to lock the fridge and the pantry. My mother thinks we are cruel. I feel like I am failing every single day. What kind of diet should she actually be on, and how do we handle food at home and at nursery without it being a war? Our endocrinologist also keeps bringing up growth hormone injections, and I honestly don't know whether they really help children with Prader-Willi syndrome or whether it is just one more thing to put her through.",
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle', 'treatment'],
  },
  {
    // "how common is it" = frequency; "the chance that our daughter has it as well" = inheritance. ADHD and Parkinson's are earlier misreadings.
    message:
      "Our son Sam was a late talker and for years everyone said boys talk late, then it was ADHD, then 'anxiety'. He hates eye contact, flaps when he is excited, and has big ears that my mum always said came from her side. At six a developmental pediatrician finally ordered a DNA test and it showed fragile X syndrome. Then it got worse: they tested me and I carry a premutation, and suddenly my father's tremor, which we had always thought was Parkinson's, made sense too. I feel guilty and angry at the same time. I had honestly never heard of this before. How common is fragile X syndrome? It can't be that rare if it has been hiding in my family for three generations. Our daughter Lily is three and she is speaking well, but I lie awake wondering what the chance is that she has it as well.",
    focus: 'fragile X syndrome',
    types: ['frequency', 'inheritance'],
  },
  {
    // "gym, weights, football safe?" = lifestyle; "what else could happen besides the aorta" = complications; "could our boys have inherited it" = inheritance.
    subject: 'After the surgery',
    message:
      "Two months ago my husband Daniel collapsed at work with a tearing pain in his chest. It was an aortic dissection and he had emergency surgery that lasted nine hours. I sat in that waiting room thinking I would be a widow at 34. He survived. Afterwards a cardiologist looked at him, 1.96 m tall, long fingers, the lens in his eye that slipped when he was a teenager, the 'scoliosis' nobody ever explained, and said Marfan syndrome. Nobody had put it together in 34 years. Now I am scared of everything. He wants to go back to the gym and lift weights and play football with his friends. Is any of that safe for someone with Marfan syndrome? What else could happen to him, besides the aorta, that we should be watching for? And we have two boys, four and seven. Could they have inherited it from him?",
    focus: 'Marfan syndrome',
    types: ['lifestyle', 'complications', 'inheritance'],
  },
  {
    // The only request is to find a doctor/clinic/families who know the condition = find_specialist. Fibromyalgia was a wrong diagnosis.
    message:
      "My daughter Grace is sixteen and for ten years she has been told it's all in her head. Her knees and shoulders pop out of place, she bruises from nothing, she nearly faints when she stands up too fast, and she is exhausted all the time. We heard growing pains, then 'she's just double-jointed', then fibromyalgia, and then one doctor suggested a psychiatrist because she was 'seeking attention'. She cried in the car after that appointment and so did I. Last spring a physiotherapist finally said the words Ehlers-Danlos syndrome and a rheumatologist agreed, but then he discharged her and said there was nothing more he could do. Nobody listens to us. I just want to find a doctor who actually knows about Ehlers-Danlos syndrome and will take her seriously, or at least a clinic or a group of families who have been through this.",
    focus: 'Ehlers-Danlos syndrome',
    types: ['find_specialist'],
  },
  {
    // "our chances of having the same gene" = inheritance; "how the test works" = diagnosis; "how quickly will my dad get worse" = prognosis. Depression/drinking were misreadings.
    subject: 'Dad',
    message:
      "My father is 56. For about six years he has been 'not himself': angry, forgetful, losing jobs. My mum thought it was depression, his GP gave him antidepressants and then told us he was probably drinking too much. Then his hands and face started making little jerky movements and he began dropping things. Last month a neurologist ordered a blood test and it came back as Huntington disease. I sat in my car and screamed. He never knew his own father, who 'died in a psychiatric hospital', and now we understand why. I am 29 and my brother is 25. What are our chances of having the same gene? I don't know yet if I want to be tested, but I want to know how the test works and what happens before and after it. And how quickly will my dad get worse? My mum is trying to keep working and I don't know how long she can.",
    focus: 'Huntington disease',
    types: ['inheritance', 'diagnosis', 'prognosis'],
  },
  {
    // "could our girls have inherited it from him" = inheritance; "is that the only treatment" = treatment.
    message:
      'My husband Marco has had burning pain in his hands and feet since he was a boy. His parents called it growing pains, in his twenties they said it was nerves, and he stopped complaining because nobody believed him. He also never sweats, even in August, which I used to tease him about. Last year his kidney tests were bad and a nephrologist asked about his family. His uncle died on dialysis at 50. An enzyme test and then a genetic test showed Fabry disease. I feel so sad thinking about all those years he hurt and everyone shrugged. We have two daughters, six and nine, and I had read that it mostly affects men. Could our girls have inherited it from him? He has just started infusions every two weeks and they take half a day each time. Is that the only treatment for Fabry disease, or is there something else?',
    focus: 'Fabry disease',
    types: ['inheritance', 'treatment'],
  },
  {
    // Single wish: whether she will have a normal life or a shortened one = prognosis. Leukemia was only feared, not diagnosed.
    message:
      "Our daughter Hannah is seven. Since last winter her tummy has been big and hard, she gets nosebleeds that won't stop, she is pale and tired and her legs hurt at night. Her blood count showed low platelets and the word leukemia was said out loud in front of her. We went through a bone marrow test and ten days of waiting, and I did not eat, I did not sleep. It wasn't leukemia. It was Gaucher disease, type 1, and the doctor said it like it was good news. I suppose it is, compared to what we feared, but I still don't understand what it means for her life. She starts enzyme infusions next month. I just want to know if she will grow up and have a normal life, go to university, have a family of her own, or whether this will shorten her life.",
    focus: 'Gaucher disease',
    types: ['prognosis'],
  },
  {
    // "explain in plain words what Pompe disease is" = information; "a specialist or centre that knows it in adults" = find_specialist. Limb-girdle dystrophy, polymyositis, prednisone are past wrong turns.
    message:
      "I am writing for my mother, who is 58 and too tired to write herself. About eight years ago she started having trouble getting up from chairs and climbing stairs. First they said it was her age and her weight, then limb-girdle muscular dystrophy, then polymyositis, and she spent two years on prednisone that did nothing except make her gain more weight. Now she needs a breathing machine at night. Last month a dried blood spot test came back and a new neurologist said Pompe disease. My mum cried the whole drive home and I didn't know what to say to her. The leaflet they gave us is full of words like glycogen and lysosome. Can someone explain in plain words what Pompe disease actually is? And we live in a small town three hours from any big hospital: is there a specialist or a centre that really knows this disease in adults?",
    focus: 'Pompe disease',
    types: ['information', 'find_specialist'],
  },
  {
    // Single wish: whether anything new is being tried, any trial = research. Retinitis pigmentosa was the first wrong diagnosis.
    message:
      "Our son Oliver was a bright, funny boy who loved dinosaurs. At five and a half his teacher noticed he was holding books very close to his face. The optician said glasses, the eye doctor said retinitis pigmentosa, and for a year we thought the worst thing was that he might go blind. Then his reading slipped, he got confused, and he had a seizure on the trampoline. After an MRI and more blood tests than I can count, they told us CLN3, juvenile Batten disease. The doctor was kind but said there is no cure. I cannot accept that. I refuse to. I spend my nights reading about gene therapy in mice and I don't know what is real. If only someone could tell us whether there is anything new being tried for juvenile Batten disease, any trial anywhere in the world that a child like Oliver could be part of.",
    focus: 'Batten disease',
    types: ['research'],
  },
  {
    // "are the white patches part of it" = symptoms (does a sign belong); "how is it confirmed, is the gene test needed" = diagnosis. Reflux was a misreading, vigabatrin only mentioned.
    message:
      "At my 20-week scan they saw spots in our baby's heart and said the word tumours. I spent the rest of the pregnancy in a fog. Rosie was born in March, and the heart doctor said the spots, rhabdomyomas, were shrinking by themselves, and we relaxed a little. Then at five months she started having little jerks in clusters when she woke up. The first doctor thought it was reflux. It was infantile spasms, and soon after they told us tuberous sclerosis complex. She is on vigabatrin now and the spasms have stopped, thank God. But every day I look at her and wonder. She has three or four pale white patches on her back and legs. Are those part of tuberous sclerosis complex too? The doctors diagnosed it from the heart spots and the spasms, because her genetic test isn't back yet. How is it actually confirmed, and is the gene test needed for that?",
    focus: 'tuberous sclerosis complex',
    types: ['symptoms', 'diagnosis'],
  },
  {
    // "is his trouble reading part of NF1" = symptoms; "can the lumps become cancer, what else could it lead to" = complications. ADHD was the teacher's guess.
    subject: 'Birthmarks',
    message:
      "When Jonah was a baby he had a few light brown patches, like milky coffee, and our pediatrician said they were birthmarks, nothing to worry about. By age five he had more than ten, and freckles in his armpits, which I thought was strange. He struggled at school, couldn't sit still, and a teacher mentioned ADHD. Last month a dermatologist looked at him for thirty seconds and said neurofibromatosis type 1. Just like that. I went home and read about tumours and I have not stopped shaking since. Is his trouble with reading and concentrating part of neurofibromatosis type 1, or is it a separate thing? I also read that the lumps can turn into cancer. How likely is that, and what else could this lead to as he grows up?",
    focus: 'neurofibromatosis type 1',
    types: ['symptoms', 'complications'],
  },
  {
    // "what to eat and avoid" = lifestyle; "how would we check if her brother has it" = diagnosis; "will shaking and speech get better" = prognosis. Anxiety/drinking were misreadings.
    message:
      'My wife Sara is 24. Last year her hands started shaking, her speech became slurred, and she began dropping cups. Her GP said anxiety. At her work people whispered that she was drinking, and honestly for a while even her mother asked me about it. Then her liver tests came back wrong and an eye doctor saw a brown ring around her iris. After a urine collection and a liver biopsy they said Wilson disease, too much copper. She has started tablets and she is so down, she barely talks. I am trying to be strong for her. We were told to avoid some foods, something about chocolate, nuts, mushrooms and shellfish, but it was all so rushed. What should she actually eat and avoid? Her brother is 19 and healthy. How would we check if he has it too? And will her shaking and her speech get better with the treatment?',
    focus: 'Wilson disease',
    types: ['lifestyle', 'diagnosis', 'prognosis'],
  },
  {
    // Single question: is fear of loud noises part of the syndrome = symptoms.
    subject: 'So friendly, so scared',
    message:
      "Our daughter Ella had colic for months and a heart murmur that turned out to be a narrowing above a valve. Her calcium was high, she fed badly, and for a while the doctors thought it was just the heart. At eighteen months a geneticist took one look at her face, her little upturned nose, and tested her. Williams syndrome. I didn't even know that existed. Now she is three and she is the most loving child, she hugs strangers at the supermarket and sings all day. But she is absolutely terrified of some sounds. The vacuum cleaner, hand dryers, balloons popping: she screams and shakes and it takes an hour to calm her. My mother-in-law says we are spoiling her. Is this fear of loud noises part of Williams syndrome, or is it something else we should be looking into?",
    focus: 'Williams syndrome',
    types: ['symptoms'],
  },
  {
    // "what tests would show whether I have it" = diagnosis; "anything that can stop the nosebleeds" = treatment. Dry air/blood pressure were wrong explanations, the stroke is backstory.
    subject: 'Nosebleeds all our lives',
    message:
      'My mum has had nosebleeds for as long as I can remember. Towels on the kitchen table, blood on her pillow. My dad said it was the dry air, our GP said blood pressure. Her mother was the same. Three weeks ago Mum had a stroke at 61, and in hospital they found a tangle of vessels in her lung that had let a clot through. The neurologist asked about the nosebleeds and the red spots on her lips and fingers, and said hereditary hemorrhagic telangiectasia. Mum is recovering slowly and I am so angry about all the years nobody connected it. I am 35 and I get nosebleeds too, a few a month, and I have two little red dots on my tongue. What tests would show whether I have it as well? And for my mum, is there anything that can actually stop the nosebleeds? She is so tired of them.',
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "how quickly does it progress / wheelchair" = prognosis; "keep doing sport and exercise or could it harm" = lifestyle.
    message:
      "Our daughter Chloe was always a bit wobbly, but she danced, she rode horses, she was a normal girl. At twelve she needed surgery for a curved spine and the surgeon mentioned that her reflexes were missing. At fourteen her cardiologist found a thickened heart muscle and thought it was from sport. At fifteen a neurologist finally tested her and it was Friedreich ataxia. She is sixteen now, she falls at school and she is ashamed to use a stick. I cry in the shower so she won't hear. She asked me if she will end up in a wheelchair and I did not know what to tell her. How quickly does Friedreich ataxia usually progress? She still wants to ride and swim and go to the gym. Should she keep doing sport and exercise, or could it do her harm?",
    focus: 'Friedreich ataxia',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "is his hearing loss part of it" = symptoms; "what is the COL4A5 gene and what does the change mean" = genetic_changes. Kidney infection was the wrong diagnosis.
    message:
      "Ever since he was four, Mateo has had blood in his urine. Every time they gave him antibiotics for a 'kidney infection' and sent us home. Then last year, at eleven, his school hearing test showed he could not hear high sounds well and he got hearing aids. Nobody put the two together. My brother has been on dialysis since he was 30 and we always thought it was because of his high blood pressure. Finally a kidney doctor did a biopsy and a genetic test and said Alport syndrome. My heart broke a little more with each appointment. Is his hearing loss part of Alport syndrome too, or is that a separate problem? The genetic report says COL4A5 and 'hemizygous pathogenic variant'. What is that gene, and what does the change in it mean for him?",
    focus: 'Alport syndrome',
    types: ['symptoms', 'genetic_changes'],
  },
  {
    // Single wish: anything that can be done (braces, surgery, physio, medicine) = treatment.
    message:
      "My husband Tom is 42. He has had high arches and skinny lower legs since school, and he always tripped more than anyone I knew. Doctors said flat feet, then a bad back, then 'you should lose some weight'. His mother had 'bad legs' and used a cane from the age of 50, and we thought that was just her. Last year he started dropping his keys and struggling with buttons, and a nerve conduction test finally showed Charcot-Marie-Tooth disease, type 1A. He laughs it off in front of the kids, but at night he tells me he is scared he won't be able to work with his hands anymore. He is a carpenter. I just want to know if there is anything that can be done for him, braces, surgery, physiotherapy, any medicine, anything that helps with Charcot-Marie-Tooth disease.",
    focus: 'Charcot-Marie-Tooth disease',
    types: ['treatment'],
  },
  {
    // "chance the next baby has it" = inheritance; "anything at home to stop the crises happening" = prevention.
    message:
      "My partner and I both knew we had the trait, but nobody ever explained what that meant for a baby. When our son Kwame was born, the newborn screening said sickle cell disease. At first he was fine. Then at nine months his hands and feet swelled up and he screamed for two days, and we were told it was a pain crisis. Since then we have been to A&E four times. His grandmother says it's the cold, his grandfather says it's the food. I feel so helpless when he cries and there is nothing I can do. We would like another child one day, but I am scared. What is the chance the next baby has sickle cell disease too? And is there anything we can do at home to stop the crises from happening in the first place?",
    focus: 'sickle cell disease',
    types: ['inheritance', 'prevention'],
  },
  {
    // "what causes it, did he catch it at daycare" = cause; "what could this do to his heart long term" = complications. Virus/scarlet fever were wrong guesses.
    subject: 'He was so sick and they sent us home',
    message:
      'Our son Finn is two. In October he had a fever that would not go down for five days. His eyes went red, his lips cracked and bled, his hands swelled and he had a rash all over his body. We went to the emergency room twice and both times they said it was a virus, maybe scarlet fever, and gave us ibuprofen. On day six a different doctor said Kawasaki disease, and he got an infusion of immunoglobulin and aspirin. The skin on his fingers peeled off a week later. I feel so guilty. Did I bring something home, did he catch it at daycare? What actually causes Kawasaki disease? The echo showed his coronary arteries are slightly enlarged and the cardiologist wants to see him again. What could this do to his heart in the long run?',
    focus: 'Kawasaki disease',
    types: ['cause', 'complications'],
  },
  {
    // "is moyamoya connected to Down syndrome" = association; "what are the options, is surgery the only treatment" = treatment. Migraine/seizures were wrong guesses.
    message:
      "Our daughter Amara has Down syndrome and she is the light of our family. When she was seven she started having strange moments where one arm went weak, usually when she was crying hard or blowing on hot soup. The GP said migraines, then a paediatrician thought they might be seizures and started her on levetiracetam. Then one morning she woke up and couldn't move her right side. She had a stroke. At seven. The MRI showed moyamoya disease. I keep replaying every time I ignored her weak arm. I had never heard of it, and now I read that it is more common in children with Down syndrome. Is moyamoya disease connected to Down syndrome, or is it a coincidence? The neurosurgeon talked about an operation to bring new blood vessels to the brain. What are the options, and is surgery really the only treatment?",
    focus: 'moyamoya disease',
    types: ['association', 'treatment'],
  },
  {
    // "what causes it, her own immune system?" = cause; "is it related to her diabetes" = association between two conditions.
    message:
      'My wife Lena is 45. Three years ago her back began to feel stiff like a board. Then came the spasms, terrible ones, whenever a door slammed or someone touched her from behind, so bad that she once fell down the stairs. The first doctors said it was anxiety, and she was sent to a psychiatrist who gave her pills for panic attacks. Our friends stopped inviting us. Then a neurologist ordered a blood test, anti-GAD antibodies very high, and told us stiff person syndrome. She has been on diazepam and it helps a bit. She has also had type 1 diabetes since she was 20. I have so many questions and no one to ask. What causes stiff person syndrome, is it her own immune system attacking her? And is it related to her diabetes, or is it just bad luck that she has both?',
    focus: 'stiff person syndrome',
    types: ['cause', 'association'],
  },
  {
    // "a way to prevent attacks before big events" = prevention; "should my sister be tested, which test" = diagnosis. Allergy/appendix were wrong turns.
    subject: 'Swelling attacks',
    message:
      "Since she was twelve my daughter Mia has had attacks where her hand or her face swells up for days, and terrible stomach pain with vomiting. At fourteen they removed her appendix during one of those attacks, and it was normal. We were told allergies, and she carried an EpiPen and took antihistamines that never did anything. At sixteen her lip swelled and her throat felt tight and I thought I would lose her. A new immunologist finally tested her blood and said hereditary angioedema. She is seventeen now, her prom is in June, and she is terrified of swelling up on the day. Is there a way to prevent attacks before big events like that? My sister has had 'stomach migraines' all her life. Should she be tested too, and what test would she need?",
    focus: 'hereditary angioedema',
    types: ['prevention', 'diagnosis'],
  },
  {
    // "is falling when he laughs part of it" = symptoms; "will he keep losing skills, how long do children live" = prognosis. ADHD/unexplained ataxia were earlier labels.
    message:
      "Our son Lucas was yellow for weeks after he was born, and his spleen was big, but it went away and the doctors said not to worry. He was a bit clumsy, a bit slow at school. At eight he started falling when he laughed, his legs just gave way, and his teacher thought he was fooling around. Then his eyes stopped moving up and down properly and he couldn't look up at the board. He got an ADHD diagnosis, then 'ataxia of unknown cause', and finally, at ten, Niemann-Pick disease type C. My husband has not been able to go to work for weeks. Is the falling when he laughs really part of Niemann-Pick disease type C? And I need somebody to be honest with me. Will he keep losing skills, and how long do children like him usually live?",
    focus: 'Niemann-Pick disease type C',
    types: ['symptoms', 'prognosis'],
  },
  {
    // "can she keep swimming" = lifestyle; "is anyone researching it" = research. Asthma and cystic fibrosis were wrong/ruled-out diagnoses.
    message:
      'From the day she was born, Isla has had a wet cough. She was in the NICU with breathing trouble even though she was full term. Then came ear infections, grommets twice, a constantly runny nose. For years she was treated for asthma with inhalers that did nothing, and one doctor suggested cystic fibrosis, but the sweat test was normal. On a chest x-ray someone finally noticed her heart was on the right side. A nasal test and a genetic test later, they told us primary ciliary dyskinesia. I felt relief and then grief. She is nine and she loves swimming more than anything, but I have read that pools can be bad for her ears. Can she keep swimming with her ears and lungs the way they are? And is anyone actually researching primary ciliary dyskinesia, or is it too rare for anyone to care?',
    focus: 'primary ciliary dyskinesia',
    types: ['lifestyle', 'research'],
  },
  {
    // "can ALS run in families, should we worry for our children" = inheritance; "how long until breathing and swallowing are affected" = prognosis. Carpal tunnel was the wrong diagnosis.
    subject: "My dad's hands",
    message:
      "My dad was a mechanic and his hands were his life. Two years ago he noticed his right hand getting weak and the muscles at the base of his thumb wasting away. The first doctor said carpal tunnel and he had surgery that didn't help. Then they said a trapped nerve in his neck. By the time a neurologist did the proper tests his speech was slurring too, and they told us amyotrophic lateral sclerosis. He is 63. My uncle, his brother, died twelve years ago of what the family called 'a motor neuron thing'. Now I wonder. Can ALS run in families, and should my sisters and I be worried for ourselves and our own children? Dad keeps asking us to be honest with him, but none of us know anything. How long does it usually take before it affects breathing and swallowing?",
    focus: 'amyotrophic lateral sclerosis',
    types: ['inheritance', 'prognosis'],
  },
  {
    // "what other problems can this lead to as he grows" = complications; "clinics or parent groups" = find_specialist. Tetralogy of Fallot is one feature, not the focus.
    message:
      'Our son Ethan was born blue. He had tetralogy of Fallot and open-heart surgery at four months. In hospital he also had a seizure, which they said was because of low calcium, and later we found out he had a split in the back of his palate that made his speech nasal. For three years each problem had its own specialist and nobody looked at the whole boy. Then a geneticist put it together: 22q11.2 deletion syndrome, sometimes called DiGeorge syndrome. I was relieved there was a name, then I read about it late at night and could not stop crying. I saw that some teenagers with 22q11.2 deletion syndrome develop psychiatric illnesses like schizophrenia. What other problems can this lead to as he grows up? And are there clinics or parent groups for this? I need to talk to people who understand.',
    focus: '22q11.2 deletion syndrome',
    types: ['complications', 'find_specialist'],
  },
  {
    // "is a transplant still possible, other treatments" = treatment; "did this come from me" = inheritance; "should my younger son be tested now" = diagnosis. ADHD/methylphenidate and Addison's are backstory.
    subject: 'Please help, time matters',
    message:
      "Our son Max is eight. Last year his teacher said he wasn't paying attention, his handwriting got messy, and he started bumping into things. He was diagnosed with ADHD and put on methylphenidate, and for a few months we thought that was the answer. Then he started having trouble understanding what we said and his vision got strange. An MRI showed changes in the white matter of his brain and a blood test confirmed X-linked adrenoleukodystrophy. Only then did I find out that my mother's brother died at ten of 'Addison's disease and a brain illness'. I am beside myself. The doctors are talking about a bone marrow transplant and saying time matters. Is a transplant still possible for him now that he has symptoms, or are there other treatments? Did this come from me? And my younger son is three. Should he be tested now, even though he seems completely fine?",
    focus: 'X-linked adrenoleukodystrophy',
    types: ['treatment', 'inheritance', 'diagnosis'],
  },
  {
    // "how strict, crumbs, shared toaster" = lifestyle (diet/daily living); "should we get tested, what test" = diagnosis. IBS and osteoporosis are backstory.
    message:
      "My mother is 67 and she has been anaemic for as long as I can remember. She took iron tablets for thirty years. She had constant bloating and was told it was irritable bowel syndrome, then 'nerves', then her age. Last year she broke her wrist just stepping off a kerb, and the bone scan showed bad osteoporosis. Finally a gastroenterologist did a biopsy and said celiac disease. She cried and said she had wasted her life feeling ill for nothing. Now she is anxious about every meal. She asks me whether a crumb of bread from my plate will hurt her, and whether she can still use the same toaster as my dad. How strict does she really have to be? And my brother and I, should we get tested for celiac disease even though we feel fine, and what test is it?",
    focus: 'celiac disease',
    types: ['lifestyle', 'diagnosis'],
  },
  {
    // "did the sweets cause it" = cause; "can he still play football, what around training" = lifestyle. Urine infection was the wrong diagnosis, DKA is backstory.
    message:
      "Three weeks ago our son Arjun, who is nine, was in intensive care. For a month before that he had been so thirsty, drinking from the bathroom tap, wetting the bed again, losing weight even though he ate everything. The doctor at the walk-in clinic said it was a urine infection and gave him antibiotics. Then one night he was breathing strangely and we couldn't wake him properly. It was diabetic ketoacidosis, and they told us he has type 1 diabetes. I still shake when I think about that night. My mother keeps saying it happened because we let him have too many sweets, and I can't stop wondering if she is right. Did the sweets cause his type 1 diabetes? And he lives for football. Can he still play in his team, and what do we need to do around training and matches?",
    focus: 'type 1 diabetes',
    types: ['cause', 'lifestyle'],
  },
  {
    // Single question: which therapies help young children with autism = treatment. Deafness was ruled out.
    subject: 'Still no words',
    message:
      "Our son Ravi is three and a half and he still does not talk. At his two-year check the nurse said he was a late talker and boys are slower. Then they thought he might be deaf, and we waited months for a hearing test that was normal. He lines up his cars for hours, he covers his ears in the supermarket, and he bangs his head when he is upset. Last month a team of specialists said autism. My husband's family says we should just wait and he will grow out of it, and I feel judged everywhere we go. I love him so much and I want to help him, not change who he is. What therapies actually help young children with autism, especially with talking and with the meltdowns?",
    focus: 'autism',
    types: ['treatment'],
  },
  {
    // Medicine: "what side effects, safe over years" = side_effects; "how should she take it, open the capsule, missed dose" = drug_usage. Sickle cell disease is the background condition.
    subject: 'Worried about the new medicine',
    message:
      'Our daughter Zara is six and she has sickle cell disease. Since she was a baby we have lived from crisis to crisis. Last year she had acute chest syndrome and spent a week in intensive care, and I honestly thought she was going to die. Now her haematologist wants her to start hydroxyurea. He said it is a chemotherapy drug used at a low dose, and I panicked the moment I heard that word. My sister read online that it makes your hair fall out and stops you having babies. What side effects does hydroxyurea really have in children, and is it safe over many years? She also hates swallowing pills and spits them out. How should she take it, can we open the capsule or mix it with food, and what do we do if she misses a dose?',
    focus: 'hydroxyurea',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // Medicine: "can it be given with clobazam and valproate" = interactions; "what side effects to look out for" = side_effects. Dravet syndrome and earlier drugs are backstory.
    message:
      'Our daughter Sofia had her first seizure at five months, after a fever, and it lasted forty minutes. The hospital thought it was just a febrile seizure. Then they kept coming, long ones, with every cold and even after a warm bath. At one year the genetic test said Dravet syndrome, SCN1A. Since then we have tried everything: valproate, clobazam, stiripentol, the ketogenic diet. She is four now and still has seizures almost every week, and I sleep next to her with a monitor. Our neurologist has now prescribed cannabidiol. I am hopeful and scared at the same time. She will keep taking her clobazam and valproate. Can cannabidiol be given together with those, or do they react with each other? And what side effects should we look out for in the first weeks?',
    focus: 'cannabidiol',
    types: ['interactions', 'side_effects'],
  },
  {
    // Medicine: "are cramps, diarrhoea, twitching normal side effects" = side_effects; "left in a hot car, still OK, how stored" = storage_disposal.
    subject: 'Her pills and the heat',
    message:
      'My wife Anna is 38. For a year she complained that her eyelids drooped by evening, she saw double when driving, and she could hardly chew a steak by the end of a meal. Her optician said tired eyes, her GP said stress, and someone even suggested she had had a small stroke. Finally an antibody test showed myasthenia gravis. I felt relief that it had a name, and then I saw how scared she was. She started pyridostigmine four weeks ago and it does help, but she gets stomach cramps and diarrhoea and her muscles twitch. Are those normal side effects of pyridostigmine, and do they go away? And last weekend she left her tablets in the car on a very hot day. Are they still OK to use, and how should they be stored?',
    focus: 'pyridostigmine',
    types: ['side_effects', 'storage_disposal'],
  },
  {
    // Medicine: "is it meant for every child with PKU or only some" = indication; "how to give it to a baby, dissolve tablets" = drug_usage.
    message:
      "Our baby boy Elias was born in January, and on day five the midwife called about the heel prick test. Phenylketonuria. I didn't know what it was and I thought she was telling me he would be brain damaged. We cried in the hospital car park. Since then our life is weighing formula and counting protein, and I am so scared of getting it wrong. At the last clinic the dietitian said some children with PKU respond to a medicine called sapropterin and might be able to eat more normally. My husband thinks it is a miracle pill. Is sapropterin meant for every child with phenylketonuria, or only some of them? And if Elias gets it, how do you give it to a baby who is only on milk? Do we dissolve the tablets in water?",
    focus: 'sapropterin',
    types: ['indication', 'drug_usage'],
  },
  {
    // Medicine: single question whether it is safe to take in pregnancy / while trying for a baby = contraindications. Carbamazepine and lamotrigine are past drugs.
    subject: 'Pregnancy and her epilepsy medicine',
    message:
      "My daughter Katie is 22 and has had epilepsy since she was eleven. It took years to find something that worked. Carbamazepine made her dizzy, lamotrigine gave her a rash, and the seizures only stopped when she started valproic acid. She has been seizure free for four years, she drives, she works, she got married last summer. Now she and her husband want a baby, and I found out by accident, from a magazine, that this medicine can harm unborn babies. Nobody ever sat her down and told her. I am furious and frightened for her. She doesn't want to risk her seizures coming back. Is it safe for her to take valproic acid if she gets pregnant, or should she not take it at all while trying for a baby?",
    focus: 'valproic acid',
    types: ['contraindications'],
  },
  {
    // Medicine: "what is in the tablets, lactose?" = ingredients; "what side effects to watch for" = side_effects. Tuberous sclerosis and vigabatrin are backstory.
    message:
      'Our son Jakob was diagnosed with tuberous sclerosis when he was a baby, after his first seizures. He is now fourteen. We have been through so much: infantile spasms, vigabatrin, years of seizures, and a brain tumour near his ventricles that they have been watching. Last month the scan showed the tumour has grown and his kidneys have lumps too. The neurologist prescribed everolimus to shrink them. I read the leaflet three times and was more confused each time. Jakob is severely lactose intolerant. What is in the tablets, do they contain lactose? And the leaflet talks about mouth ulcers and infections. What side effects should we watch for, and when should we call the doctor?',
    focus: 'everolimus',
    types: ['ingredients', 'side_effects'],
  },
];
