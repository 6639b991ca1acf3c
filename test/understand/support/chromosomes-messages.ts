/**
 * "chromosomes" set. Messages about chromosome conditions: trisomies, deletions and duplications, mosaicism,
 * karyotype and microarray results, with other questions about the condition. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.925, type F1 0.857). Scored by chromosomes.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --chromosomes --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const CHROMOSOMES_MESSAGES: ConsumerMessage[] = [
  // why: one question, whether it runs in the family / chance for the next baby -> inheritance
  {
    message:
      'Is Cri du chat syndrome inherited? Our daughter has it and we would love to have another baby someday.',
    focus: 'Cri du chat syndrome',
    types: ['inheritance'],
  },
  // why: asks only what the condition is -> information
  {
    message: 'what is wolf hirschhorn syndrome',
    focus: 'Wolf-Hirschhorn syndrome',
    types: ['information'],
  },
  // why: condition named only in the subject; asks how common it is -> frequency
  {
    subject: 'Triple X',
    message:
      'How common is it for a woman to have an extra X chromosome? I only found out I have it at 34 after a miscarriage workup.',
    focus: 'Triple X syndrome',
    types: ['frequency'],
  },
  // why: asks about clinical trials -> research
  {
    message: 'Are there any clinical trials going on for Phelan-McDermid syndrome right now?',
    focus: 'Phelan-McDermid syndrome',
    types: ['research'],
  },
  // why: whether he will walk is the outlook -> prognosis
  {
    message: 'my grandson has the 1p36 deletion. will he ever walk?',
    focus: '1p36 deletion syndrome',
    types: ['prognosis'],
  },
  // why: asks for a support group -> find_specialist
  {
    message:
      'Is there a support group for parents of kids with tetrasomy 18p? Our geneticist says our son is the first case she has seen.',
    focus: 'Tetrasomy 18p',
    types: ['find_specialist'],
  },
  // why: asks which genes are missing -> genetic_changes
  {
    message:
      'Which genes are missing in 18q deletion syndrome? His report says del(18)(q22.3-qter) and nobody explained what that means for him.',
    focus: '18q deletion syndrome',
    types: ['genetic_changes'],
  },
  // why: whether a blood screen can detect it or an amnio is needed -> diagnosis
  {
    message:
      'Can trisomy 13 be picked up by the NIPT blood test or do they have to do an amnio to know for sure?',
    focus: 'trisomy 13',
    types: ['diagnosis'],
  },
  // why: asks what can be done for the seizures -> treatment
  {
    message:
      'hi is there any treatment that works for the seizures in ring chromosome 20, he is on his 3rd medication and still having them',
    focus: 'Ring chromosome 20 syndrome',
    types: ['treatment'],
  },
  // why: condition only in the subject; asks for the typical signs in toddlers -> symptoms
  {
    subject: 'dup15q',
    message:
      'What are the usual signs of this in toddlers? Our pediatrician mentioned it because of his low muscle tone and he is not talking yet at 2.',
    focus: '15q11-q13 duplication syndrome',
    types: ['symptoms'],
  },
  // why: chance the next pregnancy is affected given a carrier parent -> inheritance
  {
    subject: 'Emanuel syndrome',
    message:
      'My husband turned out to carry a balanced 11;22 translocation. What is the chance our next pregnancy will be affected like our first?',
    focus: 'Emanuel syndrome',
    types: ['inheritance'],
  },
  // why: both sentences ask why it happened (one question) -> cause
  {
    message: 'What actually causes Down syndrome? Was it something I did while I was pregnant?',
    focus: 'Down syndrome',
    types: ['cause'],
  },
  // why: whether she can do a sport -> lifestyle
  {
    message: 'My 15 year old has Turner syndrome, is it ok for her to do competitive swimming?',
    focus: 'Turner syndrome',
    types: ['lifestyle'],
  },
  // why: whether two conditions are the same -> information; Smith-Magenis is asked about first
  {
    message:
      'is smith magenis syndrome the same thing as prader willi?? both seem to have the weight and behavior stuff',
    focus: 'Smith-Magenis syndrome',
    types: ['information'],
  },
  // why: life expectancy -> prognosis
  {
    message: 'Does mosaic trisomy 9 shorten life expectancy?',
    focus: 'Mosaic trisomy 9',
    types: ['prognosis'],
  },
  // why: whether infections belong to the condition -> symptoms; which doctor should follow him -> find_specialist
  {
    message:
      'Our son is 4 and was diagnosed with 22q11.2 deletion syndrome after he needed heart surgery as a newborn. This winter he has had one ear infection and cold after another. Is this part of the syndrome? And what kind of doctor should be keeping an eye on his immune system?',
    focus: '22q11.2 deletion syndrome',
    types: ['symptoms', 'find_specialist'],
  },
  // why: whether he got it from his father -> inheritance
  {
    message:
      "I'm 28 and my wife and I have been trying for a baby for two years. The fertility clinic did a karyotype and it came back 47,XYY. I had no idea. My dad is a very tall guy too, so did I get this from him?",
    focus: 'XYY syndrome',
    types: ['inheritance'],
  },
  // why: life expectancy -> prognosis; surgery for her heart -> treatment
  {
    message:
      'My granddaughter was born with trisomy 18 and the doctors told us to expect only days or weeks. She is now 5 months old and smiling at us. What is the usual life expectancy for babies who make it past the first months, and are there heart surgeries that could help her?',
    focus: 'trisomy 18',
    types: ['prognosis', 'treatment'],
  },
  // why: asks for a medicine to help sleep, i.e. managing it -> treatment
  {
    message:
      'Hello, my son have Angelman syndrome, he is 6 years. He not sleep in the night, maximum 3 or 4 hours, then he laugh and play until morning. We are very tired. What medicine can help him for sleep? Thank you very much',
    focus: 'Angelman syndrome',
    types: ['treatment'],
  },
  // why: asks what problems children with it have -> symptoms
  {
    message:
      "My wife is 20 weeks pregnant and the microarray from the amnio showed a 16p11.2 deletion. The counselor said it might have come from one of us and we're both getting tested next week. What kind of problems do kids with this deletion usually have?",
    focus: '16p11.2 deletion syndrome',
    types: ['symptoms'],
  },
  // why: whether testosterone or surgery fixes the breast tissue is managing it -> treatment
  {
    message:
      'im 16 and i have klinefelters. i really dont want the man boobs anymore its embarrassing in the locker room. will testosterone get rid of them or do i need surgery',
    focus: 'Klinefelter syndrome',
    types: ['treatment'],
  },
  // why: what mosaicism means -> information; how it happened when neither parent has it -> cause
  {
    subject: 'karyotype result 47,XX,+8[12]/46,XX[18]',
    message:
      "Our daughter's karyotype came back showing an extra chromosome 8 in some of her cells but not others. The geneticist called it mosaic trisomy 8. What does mosaic actually mean, and how could this happen if neither of us has it?",
    focus: 'Trisomy 8 mosaicism',
    types: ['information', 'cause'],
  },
  // why: when the constant hunger (a sign of it) starts -> symptoms
  {
    message:
      'Our 2 year old has Prader-Willi syndrome. Right now he is a pretty easy eater but everyone keeps warning us about the hunger. At what age does the constant hunger usually start?',
    focus: 'Prader-Willi syndrome',
    types: ['symptoms'],
  },
  // why: what the condition is -> information; how kids do as they grow -> prognosis
  {
    message:
      "A close friend just had a baby with cri du chat syndrome and she is heartbroken. I want to understand what she's going through so I can support her. What is the condition exactly, and how do most kids do as they get older?",
    focus: 'Cri du chat syndrome',
    types: ['information', 'prognosis'],
  },
  // why: whether speech delay belongs to it -> symptoms
  {
    message:
      "We had a microarray done because of my son's speech delay and it found a 15q11.2 microdeletion (BP1-BP2). It came from his dad, who has no problems at all. Is speech delay really one of the features of this deletion?",
    focus: 'chromosome 15q11.2 microdeletion',
    types: ['symptoms'],
  },
  // why: the heart problems it can lead to -> complications (the "why" is the same question)
  {
    message:
      "I was diagnosed with Turner syndrome at 13 and I'm 30 now, on estrogen since my teens. My new cardiologist wants me to get a heart MRI every few years even though I feel fine. Why? What heart problems can Turner syndrome lead to?",
    focus: 'Turner syndrome',
    types: ['complications'],
  },
  // why: asks about schools / learning programs -> lifestyle
  {
    message:
      'My nephew is 9 and has Williams syndrome. He is the friendliest kid, loves music, but math and reading are very hard for him and his school is struggling. Are there particular schools or learning approaches that work well for kids with Williams?',
    focus: 'Williams syndrome',
    types: ['lifestyle'],
  },
  // why: how much age raises the chance -> susceptibility; which tests can tell early -> diagnosis
  {
    message:
      "I'm 41 and pregnant for the first time. Everyone keeps bringing up Down syndrome. How much does my age really raise the chance, and which tests can tell me early on?",
    focus: 'Down syndrome',
    types: ['susceptibility', 'diagnosis'],
  },
  // why: asks for an organization or a doctor who knows it -> find_specialist
  {
    subject: 'Potocki-Lupski',
    message:
      'Our daughter was diagnosed at age 3 with a duplication on chromosome 17 called Potocki-Lupski syndrome. Our pediatrician had never heard of it and gave us a two page printout. Is there a family organization, or a doctor anywhere in the Midwest who knows this condition?',
    focus: 'Potocki-Lupski syndrome',
    types: ['find_specialist'],
  },
  // why: asks which genetic change it really is -> genetic_changes
  {
    message:
      'Our son was diagnosed with Kleefstra syndrome through exome sequencing. The report says a change in the EHMT1 gene, but the neurologist called it a 9q34 deletion. Those sound like different things to me. Which one is it?',
    focus: 'Kleefstra syndrome',
    types: ['genetic_changes'],
  },
  // why: whether seizures improve and whether she will eat by mouth are both outlook -> prognosis; studies to join -> research
  {
    message:
      'Our daughter Mila is 3 and has Wolf-Hirschhorn syndrome. She was diagnosed at 2 weeks old after a microarray because she was so small and had a seizure in the NICU. The first two years were really rough, lots of hospital stays, status seizures, a G-tube at 8 months. This year has been calmer, she has been seizure free since March and she is starting to sit with support. I keep reading different things online. Is it true the seizures often get better as the kids get older? Will she ever be able to eat by mouth, or will she always need the tube? Our neurologist is great but he has only one other WHS patient. Also we would like to help if there are any studies she could be part of. Thank you for reading this.',
    focus: 'Wolf-Hirschhorn syndrome',
    types: ['prognosis', 'research'],
  },
  // why: a list: which gene -> genetic_changes; regression in adolescence -> prognosis; a diet -> lifestyle
  {
    subject: 'Questions after PMS diagnosis',
    message:
      "Hello,\n\nMy son Lucas (7) was diagnosed last month with Phelan-McDermid syndrome after years of being told it was 'just autism'. We have an appointment with genetics in February but I have a list of questions I can't stop thinking about:\n\n1. Which gene is it that is missing?\n2. A parent group on Facebook says some kids lose skills when they hit puberty. Is that true?\n3. Is there a special diet that helps? Some parents swear by gluten free.\n\nThank you so much for any help.\nMaria",
    focus: 'Phelan-McDermid syndrome',
    types: ['genetic_changes', 'prognosis', 'lifestyle'],
  },
  // why: whether learning problems belong to it -> symptoms; whether it is the same as DiGeorge -> information
  {
    message:
      "So my son (5) had a microarray for speech delay and they found a 22q11.2 duplication. Then they tested me and I have it too. I'm 38, I have a degree, a good job, two kids, never had any health issues I know of, although I did have a hard time in school with reading. My wife is now worried sick and googling everything. Does this duplication cause learning problems? And is it the same thing as DiGeorge syndrome? That is what comes up every time she searches 22q11.",
    focus: '22q11.2 duplication',
    types: ['symptoms', 'information'],
  },
  // why: a named exposure asked as its cause -> association; chance it happens again -> inheritance
  {
    message:
      "I lost my baby at 22 weeks last month. The amnio had shown trisomy 13 and she had a serious heart defect and a cleft, and we made the hardest decision of our lives. I keep going over everything. I had a dental x-ray at about 5 weeks before I knew I was pregnant, and I had a couple of glasses of wine at a wedding. could the x-ray have caused it? My OB says no but I can't stop thinking it. We are 32 and 35 and we want to try again, what are the chances this happens to us a second time?",
    focus: 'trisomy 13',
    types: ['association', 'inheritance'],
  },
  // why: whether it can turn into cancer -> complications; the odds next time -> inheritance
  {
    subject: 'partial mole / triploidy',
    message:
      'Hi, I am 29. In September I had a missed miscarriage at 11 weeks and the pathology came back as a partial molar pregnancy and the genetic test on the tissue said triploidy, 69,XXY. I had never even heard of this. Now I have to go for hCG blood tests every week until it goes to zero, and my doctor said to wait before trying again. My levels are going down slowly. I am scared because I read it can become cancer, is that true? And what are the odds that the next pregnancy is triploid again? Thanks',
    focus: 'Triploidy',
    types: ['complications', 'inheritance'],
  },
  // why: what it is -> information; whether she can go to a regular school -> lifestyle
  {
    message:
      'hello i am a grandmother of a beautiful little girl of 3 named sophie. my daughter told me on the phone last night that the doctors finally found out why sophie has been so floppy and late with everything, they said koolen de vries syndrome and something about chromosome 17. my daughter was crying and i didnt want to ask too many questions. i have tried to read about it but its all very medical. what is this syndrome in plain words? and will sophie be able to go to a regular school with the other children one day? thank you for your kindness',
    focus: 'Koolen-de Vries syndrome',
    types: ['information', 'lifestyle'],
  },
  // why: whether low platelets belong to it -> symptoms; how the bleeding risk is managed in surgery -> treatment
  {
    message:
      "Our daughter Ava is 14 months old and has Jacobsen syndrome (11q deletion). She was born with a VSD and a small left heart and the cardiologists now want to do her repair in January. At the pre-op bloodwork her platelets were very low and her blood looked 'unusual' under the microscope, and they started talking about bleeding risk. Nobody mentioned this when she was diagnosed. Is a low platelet count part of Jacobsen syndrome? How do the doctors usually handle the bleeding risk so that she can have the surgery safely? We are so scared of something going wrong on the table.",
    focus: 'Jacobsen syndrome',
    types: ['symptoms', 'treatment'],
  },
  // why: whether her own signs could be it -> diagnosis; the chance her other kids have it -> inheritance
  {
    message:
      'My youngest son was just diagnosed with cat eye syndrome. He has the coloboma in both eyes, little skin tags in front of his ears and he had surgery for an anal atresia as a newborn. When the geneticist was going over the features I realized I have a small pit in front of my right ear and one of my eyes has a slightly odd-shaped pupil that nobody ever explained. Could I have cat eye syndrome too, in a mild form? I have two other kids who seem fine and I am wondering what the chance is that they have it too.',
    focus: 'Cat eye syndrome',
    types: ['diagnosis', 'inheritance'],
  },
  // why: whether it raises the risk of another condition -> complications; a clinic for adults -> find_specialist
  {
    message:
      "I'm 19 and I found out last year that I have a 3q29 microdeletion. I got tested because my little brother has it and has autism, and then they found it in me and my mom too. I'm in my second year of college and doing ok, I had anxiety in high school but it's better now. The thing that freaks me out is I read that 3q29 raises the risk of schizophrenia by a lot. Is that actually true? Everything I can find about 3q29 is about kids. Is there any clinic or doctor that follows adults with this deletion?",
    focus: '3q29 microdeletion syndrome',
    types: ['complications', 'find_specialist'],
  },
  // why: why a skin biopsy is needed to confirm it after a normal blood test -> diagnosis
  {
    message:
      "Our son was born 6 weeks ago with a diaphragmatic hernia, some unusual facial features and patches of lighter skin on his arms and back. The NICU team did a blood karyotype and a microarray and both came back normal, which we thought was good news. But now the geneticist says she still strongly suspects Pallister-Killian mosaic syndrome and wants to take a small skin biopsy from him. He's been through so much already with the surgery. Why would the blood test be normal if he has it, and is a skin biopsy really the only way to find out?",
    focus: 'Pallister-Killian mosaic syndrome',
    types: ['diagnosis'],
  },
];
