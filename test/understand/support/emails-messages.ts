/**
 * "emails" set: 40 messages pasted from email by patients, parents, carers, relatives, and a few schools and
 * employers writing on someone's behalf. They are long formal or semi-formal emails with greetings, signatures
 * with job titles and phone numbers, confidentiality disclaimers, "Sent from my iPhone", forwarded threads,
 * quoted earlier replies, reference numbers, bullet and numbered lists of questions, and questions buried in
 * long paragraphs. 6 messages are about medicines (pyridostigmine, hydroxyurea, sodium oxybate, colchicine,
 * Plaquenil, methotrexate). 14 have a subject line; in 2 of them (HAE, Pompe disease) the condition is named
 * only in the subject and the message says "it".
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following
 * the labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once before anything was changed against it: focus 1.000, type F1 0.782 (see BENCHMARKS.md).
 * Scored by emails.test.ts and by `npx tsx test/understand/support/score-messages.ts --emails --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const EMAILS_MESSAGES: ConsumerMessage[] = [
  {
    // "can girls get it / could my daughters have inherited it" = inheritance; "should I be tested" = diagnosis; "is there a treatment" = treatment.
    subject: 'Fwd: Fabry results - questions',
    message: `Hello,

I am forwarding below the email my brother sent round the family last week, as I think it explains things better than I can.

---------- Forwarded message ---------
From: Daniel Okafor <d.okafor@fastmail.co.uk>
Date: Tue, 12 Mar 2024 at 21:14
Subject: Fabry results
To: Grace Okafor, Ruth Mensah, Samuel Okafor

Hi all, just to let you know the genetics clinic has confirmed I have Fabry disease. They found it because my kidney tests kept coming back abnormal. They said family members need to be told. I'll explain more on Sunday.

Dan

----------

I'm Dan's sister. I am 41 and have two daughters (14 and 11). I have had burning pains in my hands and feet since I was a teenager which nobody has ever explained. My questions are:

- Can women get Fabry disease too or is it only men, and could my girls have inherited it from me?
- Should I be tested myself, given the burning pains?
- If I do have it, is there a treatment, or is it just monitoring?

Many thanks,
Ruth Mensah

Sent from my iPhone`,
    focus: 'Fabry disease',
    types: ['inheritance', 'diagnosis', 'treatment'],
  },
  {
    // "adjustments for PE and the residential trip" = lifestyle; "other health problems the condition can lead to" = complications.
    subject: 'Pupil with EDS - PE and school trip',
    message: `Dear Sir/Madam,

I am the Special Educational Needs Coordinator at Hollybank Primary School. We have a Year 5 pupil who has recently been diagnosed with hypermobile EDS (Ehlers-Danlos syndrome) and, with her parents' consent, I am writing to ask for some guidance so that we can support her properly.

1. What adjustments would you recommend for PE lessons and for our residential trip in June, which includes climbing and canoeing?
2. Her mother has told us that her joints can partially dislocate. Are there any other health problems the condition can lead to that staff should be aware of in case of an emergency while we are away?

Kind regards,

Mrs J. Whitfield
SENCO | Hollybank Primary School
Tel: 01632 960 412

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the system manager. Hollybank Primary School does not accept liability for any views expressed in this message.`,
    focus: 'Ehlers-Danlos syndrome',
    types: ['lifestyle', 'complications'],
  },
  {
    // "can stress or my periods bring on the swellings" = cause; "anything to stop one happening before the extraction" = prevention.
    subject: 'HAE',
    message: `Hi, I was diagnosed with it last year after ending up in A&E with a swollen throat. Can stress or my periods bring on the swellings? And is there anything I can take before my wisdom tooth extraction next month to stop an attack happening?

Thanks, Priya

Sent from my iPhone`,
    focus: 'HAE',
    types: ['cause', 'prevention'],
  },
  {
    // "whether people with this type usually live a normal lifespan ... or whether it will keep progressing" = prognosis (one question).
    message: `Good afternoon, my name is Tomasz and I am writing about my wife, Agnieszka, who is 38 and was diagnosed with Gaucher disease type 1 in February after several years of tiredness, nosebleeds and an enlarged spleen that the GP at first put down to a virus. She has now started enzyme infusions every two weeks at the hospital in Cambridge and the team there have been very kind, although the appointments are long and she has had to reduce her hours at work, which has been hard for us as a family with two small children and my own shifts at the warehouse. What I really want to understand, and what I have not felt able to ask in front of her at the clinic, is whether people with this type usually live a normal lifespan once they are on treatment or whether it will keep progressing anyway, because I am trying to plan for the future. I would be grateful for anything you can tell me, and for your discretion.

With best regards,
Tomasz Nowak`,
    focus: 'Gaucher disease',
    types: ['prognosis'],
  },
  {
    // "is the enzyme replacement the only treatment" = treatment; "any clinical trials, e.g. gene therapy" = research.
    subject: 'Pompe disease - late onset - husband aged 52',
    message: `Dear Information Desk,

My husband (52) was told last month that the weakness in his hips and his breathlessness at night are caused by the late-onset form of it. He is on the waiting list to start enzyme replacement therapy at the regional centre.

Is the enzyme replacement the only treatment available, or is there anything else that helps, such as breathing support? We have also read about gene therapy - could you tell us whether there are any clinical trials he might be able to join?

Yours faithfully,
Margaret Hughes
Ref: RD/2024/0871`,
    focus: 'Pompe disease',
    types: ['treatment', 'research'],
  },
  {
    // "before meals or with food" = drug_usage; "are the cramps and diarrhoea from the tablets" = side_effects.
    message: `Dear Sir or Madam,

I have had myasthenia gravis (ocular at first, now generalised) for about three years. My neurologist has recently increased my pyridostigmine to 60 mg four times a day.

Two questions please:
a) Should I take the tablets before meals or with food? I have trouble chewing and swallowing towards the end of the evening meal.
b) Since the dose went up I have been getting stomach cramps and diarrhoea most days - is this likely to be from the tablets?

Thank you in advance.

Kind regards

Alan Pritchard
Retired Chartered Surveyor
07700 900 318`,
    focus: 'pyridostigmine',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "could his symptoms be Marfan syndrome, what tests would confirm it" = diagnosis; "who should we ask to be referred to" = find_specialist.
    message: `Hi there,

Our son Luca is 13 and already 6ft 1, very thin, with long fingers and flat feet. At his eye test last week the optician said the lens in his left eye looked slightly out of place and mentioned Marfan syndrome. We haven't seen a doctor yet and we're quite worried.

Could his symptoms be Marfan syndrome, and what tests would confirm it? And who should we ask our GP to refer us to - a heart specialist, a geneticist?

Thanks so much,
Sofia Bianchi`,
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "is it likely he will stop walking" = prognosis; "is swimming good or bad for boys with DMD" = lifestyle.
    subject: 'Re: Your enquiry ref. 23-11457 (Duchenne)',
    message: `Dear Helen,

Thank you for your reply and the leaflets, which were very helpful. Sorry to come back to you again so soon.

The physio has now said Oliver (8) is walking more on his toes and he is falling over more often at school. Is it likely that he will stop walking within the next few years? We have been told different things by different people. Also his school wants to stop him going swimming with his class in case he gets too tired - is swimming actually good or bad for boys with DMD?

Best wishes,
Kirsty Allen

> On 3 May 2024, at 10:12, Rare Disease Information Desk wrote:
>
> Dear Ms Allen,
> Thank you for contacting us about your son's recent diagnosis of Duchenne muscular dystrophy. Please find attached our information pack and a list of useful organisations.
> Kind regards,
> Helen
> Information Officer`,
    focus: 'DMD',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "is the skin picking part of the condition" = symptoms; "managing food at the house / particular diet" = lifestyle.
    message: `Good morning,

I am a senior support worker at a supported living service in Leeds. We have recently taken on a new resident, a 24-year-old man with Prader-Willi syndrome, and it is the first time our team has supported someone with PWS.

Staff have noticed that he picks at the skin on his arms and hands until it bleeds. Is this part of the condition, or something we should raise with his GP as a separate issue? We would also really appreciate advice on managing food in the house (he has already got into the locked kitchen twice) and whether a particular diet is recommended for him.

Many thanks,

Deborah Kaye
Senior Support Worker
Meadowside Supported Living
0113 496 0722

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may contain personal information. If you are not the intended recipient, please delete it and inform the sender.`,
    focus: 'Prader-Willi syndrome',
    types: ['symptoms', 'lifestyle'],
  },
  {
    // "chance the new baby will have it too" = inheritance; "which gene is usually involved" = genetic_changes.
    message: `Dear all,

My granddaughter Isla, aged 3, has just been diagnosed with Rett syndrome after she lost the few words she had and started wringing her hands all the time. Her mother (my daughter) is expecting again in the autumn and is beside herself.

Is there a chance the new baby will have it too? And which gene is usually involved in Rett syndrome? The paediatrician mentioned some letters and numbers but none of us wrote them down.

Regards,
Brian Fletcher (Isla's grandad)`,
    focus: 'Rett syndrome',
    types: ['inheritance', 'genetic_changes'],
  },
  {
    // "can TSC damage the kidneys / what happens if the growths are not found early" = complications; "how rare it is" = frequency.
    message: `Dear Sir/Madam,

Our daughter Amara (6) has TSC. Her epilepsy is well controlled at the moment, thank goodness, and she is doing well at school. We have just had a letter from the hospital saying she needs a kidney scan every year and I don't really understand why, as nobody told us there was anything wrong with her kidneys. Can TSC damage the kidneys, and what happens if the growths are not found early? I would also like to know how rare it actually is, because the teachers and other parents have never heard of it.

Yours,
Chidi Eze
Ref: TSC-0455`,
    focus: 'TSC',
    types: ['complications', 'frequency'],
  },
  {
    // "could the medicine be causing the thin hair and dark nails" = side_effects; "how to store the capsules in the heat" = storage_disposal; "open the capsules and mix with food" = drug_usage.
    subject: 'hydroxyurea for my son - travel',
    message: `Hello,

My son Kwame is 9 and has sickle cell anaemia. The haematologist started him on hydroxyurea capsules in January and his crises have been much less often since, which we are very grateful for.

I have noticed his hair is getting thinner and his nails have gone darker. Could the medicine be causing this? Also we are going to Ghana for 4 weeks in the summer holidays - how should I store the capsules in the heat? And is it OK to open the capsules and mix the powder with food, because he struggles to swallow them?

Thank you,
Abena Owusu

Sent from my Samsung Galaxy smartphone`,
    focus: 'hydroxyurea',
    types: ['side_effects', 'storage_disposal', 'drug_usage'],
  },
  {
    // "could they catch it from him" = susceptibility; "workplace arrangements that are helpful" = lifestyle.
    subject: 'Employee with cystic fibrosis - workplace advice',
    message: `Dear Information Service,

I work in HR for a mid-sized logistics company. One of our new office employees has disclosed that he has cystic fibrosis and has asked for some reasonable adjustments. He has consented to me contacting you for general information.

A couple of colleagues have asked whether they could catch it from him, in particular one colleague who is pregnant. I would be grateful for a clear answer that we can share with the team. Separately, are there any workplace arrangements that people with the condition commonly find helpful, e.g. around hand hygiene, hot desking or time off for clinic appointments?

Kind regards,

Nadia Haddad
HR Business Partner
Northgate Freight Ltd
T: +44 (0)20 7946 0158

This message is intended for the addressee only and may contain confidential or privileged information. If you are not the intended recipient, you must not copy, distribute or take any action in reliance on it.`,
    focus: 'cystic fibrosis',
    types: ['susceptibility', 'lifestyle'],
  },
  {
    // "do I need to cut out nuts, beans and mushrooms" = lifestyle; "chances my brother has it too" = inheritance.
    message: `Hello,

I'm 22 and was diagnosed with Wilsons disease in hospital last autumn after I went yellow and my liver tests were all over the place. I'm on medication now and feeling much better. The dietitian gave me a list of foods high in copper to avoid, but I'm vegetarian and most of my protein comes from nuts, beans, lentils and mushrooms. Do I really need to cut all of these out?

Also, my younger brother is 17 - what are the chances he has it too?

Thanks,
Ellie`,
    focus: 'Wilsons disease',
    types: ['lifestyle', 'inheritance'],
  },
  {
    // "what can happen to the baby if my levels are high" = complications; "adult PKU clinic in the North West" = find_specialist; "any trials of new treatments" = research.
    subject: 'Planning a pregnancy with PKU',
    message: `Dear Sir/Madam,

I am 31 and have had phenylketonuria since birth. I came off the diet as a teenager (like a lot of us did) and have not been in touch with a metabolic clinic for many years. My partner and I would now like to try for a baby. I have three questions:

1. What can happen to the baby if my phe levels are high during the pregnancy?
2. Is there an adult metabolic / PKU clinic in the North West of England that I could ask to be referred to?
3. Are there any trials of new treatments for adults? I found the diet very hard to stick to last time.

Many thanks for your help,
Rebecca Lowe`,
    focus: 'phenylketonuria',
    types: ['complications', 'find_specialist', 'research'],
  },
  {
    // "chance that I have inherited it / what that means for my son" = inheritance; "a test that would tell me for certain" = diagnosis; "where would I get genetic counselling" = find_specialist.
    message: `To whom it may concern,

I am not entirely sure this is the right place to write, so please forgive me if not. My father was diagnosed with Huntington's disease two years ago at 58, although looking back his moods and clumsiness started a long time before that. I am 29, married, and we have a little boy of 18 months. I have spent many nights reading online and I am frightened, mostly for my son, and I keep going back and forth about whether I even want to know my own status. I suppose my questions are: what is the chance that I have inherited it, and if I have, what does that mean for my son? Is there a test I could have that would tell me for certain? And if I decided to go ahead, where would I get proper genetic counselling first - can I ask my GP for this or do I have to go through my father's neurologist?

Thank you for taking the time to read this.

Yours sincerely,
Hannah Carter`,
    focus: "Huntington's disease",
    types: ['inheritance', 'diagnosis', 'find_specialist'],
  },
  {
    // "roughly how quickly does it progress" = prognosis; "any drug trials he could take part in" = research.
    message: `Dear colleagues at the information service,

My husband Robert (61) was diagnosed with ALS in November after about a year of weakness in his right hand. He is still walking with a stick but his speech has become noticeably slurred over the last month and he is getting tired much more easily.

Roughly how quickly does it usually progress from this stage? I know everyone is different but the consultant would not give us any idea at all. We also wondered whether there are any drug trials he could still take part in.

Regards,
Sandra Whitley

Sent from my iPad`,
    focus: 'ALS',
    types: ['prognosis', 'research'],
  },
  {
    // "how do doctors confirm the diagnosis" = diagnosis; "what are the usual treatments" = treatment.
    subject: "Query re Behçet's disease",
    message: `Good evening,

For the past two years I have had painful mouth ulcers that come back every few weeks, and more recently genital ulcers and sore, red eyes. My GP has mentioned Behçet's disease as a possibility but says there is no single definite test for it. How do doctors actually confirm the diagnosis? And if it does turn out to be Behçet's, what are the usual treatments? I have read about colchicine and steroids but I don't know what is normally used first.

Thank you for your help.

M. Aydın`,
    focus: "Behçet's disease",
    types: ['diagnosis', 'treatment'],
  },
  {
    // "could the smoke and dust have caused my sarcoidosis" = association (named exposure asked as cause); one question.
    message: `Hi,

I'm a 44-year-old firefighter and I was diagnosed with pulmonary sarcoidosis in March after a routine chest X-ray at work showed swollen glands in my chest. Over the last few years I've attended a lot of large building fires, including a warehouse fire that went on for three days with a huge amount of smoke and dust, and a couple of the lads from my watch have had chest problems since. My occupational health doctor didn't really want to comment. Could the smoke and dust exposure from that fire have caused my sarcoidosis?

Cheers,
Mark

Mark Jennings
Watch Manager, Station 14
Mob: 07700 900 561`,
    focus: 'sarcoidosis',
    types: ['association'],
  },
  {
    // "take the second dose at 5am or skip it" = drug_usage; "a glass of champagne if I skip my night dose" = interactions.
    message: `Hi,

I've been on sodium oxybate for narcolepsy with cataplexy for six weeks now and it's honestly been life-changing.

Two things: if I sleep through my alarm for the second dose, should I take it when I wake up at say 5am or just skip it? And my best friend's wedding is in September - could I have a glass or two of champagne on the day if I don't take my night doses?

Thanks!
Jess x

Sent from my iPhone`,
    focus: 'sodium oxybate',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "safe while trying to conceive, in pregnancy and breastfeeding" = contraindications; "OK to take with clarithromycin" = interactions.
    message: `Dear Sir/Madam,

I have familial Mediterranean fever (FMF) and have taken colchicine 1 mg daily since I was a child. My husband and I are now hoping to start a family. Is it safe to continue colchicine while we are trying to conceive and through the pregnancy, and later while breastfeeding?

I have also just been prescribed clarithromycin by the out-of-hours GP for a chest infection. Is it OK to take both together? The pharmacist seemed unsure and told me to check.

Thank you,

Dr Lilit Sarkisyan
Senior Lecturer, School of Chemistry
Tel: 0161 496 0099

This e-mail (including any attachments) is intended only for the recipient(s) named above. It may contain confidential information. If you have received it in error please notify the sender and delete it.`,
    focus: 'colchicine',
    types: ['contraindications', 'interactions'],
  },
  {
    // "is the hearing loss part of Alport syndrome" = symptoms; "will his kidneys definitely fail, at what age" = prognosis.
    subject: 'Alport syndrome - son aged 11',
    message: `Hello,

Our son Finn was diagnosed with Alport syndrome last year after blood was found in his urine. His hearing test at school last week showed some loss in both ears. Is the hearing loss part of Alport syndrome or is it likely to be something separate? The kidney doctor also said he will "probably need a transplant one day" - will his kidneys definitely fail, and if so roughly at what age?

Thanks,
Gemma & Rob Taylor`,
    focus: 'Alport syndrome',
    types: ['symptoms', 'prognosis'],
  },
  {
    // "can it affect the lungs or brain / what could happen if unnoticed" = complications; "which gene" = genetic_changes; "any treatment for the nosebleeds" = treatment; "is flying OK" = lifestyle.
    message: `Dear team,

I am 35 and have just been diagnosed with HHT (hereditary haemorrhagic telangiectasia) after years of nosebleeds - my mum had the same and so did her father. I'd like to know a few things:

• Can it affect organs other than the nose, like the lungs or brain, and what could happen if that goes unnoticed?
• Which gene is usually responsible? My mum was never tested.
• Is there any treatment for the nosebleeds other than cauterising them?
• I fly a lot for work - is flying OK with frequent nosebleeds?

Best wishes,

Olu Adeyemi
Project Manager | Brightwater Engineering Ltd
M: +44 7700 900 227

Please consider the environment before printing this email.`,
    focus: 'hereditary haemorrhagic telangiectasia',
    types: ['complications', 'genetic_changes', 'treatment', 'lifestyle'],
  },
  {
    // "can his big sister catch it from him" = susceptibility (one question).
    message: `Hello, my 3 year old was in hospital last week with Kawasaki disease and is home now after the drip. His big sister is 5 and they share a room - can she catch it from him? Thank you, Laura

Sent from my iPhone`,
    focus: 'Kawasaki disease',
    types: ['susceptibility'],
  },
  {
    // "could the flu vaccine have caused it" = association; "will he get back to walking normally" = prognosis.
    subject: 'Guillain-Barre after flu vaccine?',
    message: `Dear Sir or Madam,

My father (72) developed tingling in his feet and then weakness in his legs about two weeks after his flu jab in October. He was admitted to hospital, diagnosed with Guillain-Barré syndrome and spent 10 days in intensive care. He is now in a rehabilitation unit and the family is divided about whether he should ever have the jab again.

Could the flu vaccine have caused it? And will he get back to walking normally? At present he can only stand with a frame and two physios.

With thanks,
Peter Sullivan`,
    focus: 'Guillain-Barré syndrome',
    types: ['association', 'prognosis'],
  },
  {
    // "safe to keep running or switch to cycling/swimming" = lifestyle; "would surgery help or just braces" = treatment.
    message: `Hello,

Please see below from my physio. She suggested I contact you.

---------- Forwarded message ---------
From: Claire Dunn (Physiotherapy) <claire.dunn@nhs.net>
Date: Wed, 8 May 2024 at 14:02
Subject: RE: exercise after appointment
To: Joe Brennan

Hi Joe, as discussed your foot drop and weak ankles are consistent with your CMT diagnosis. I'd suggest contacting the rare disease information desk for more about the condition itself. Kind regards, Claire

Claire Dunn | Band 6 Physiotherapist | Outpatient MSK

----------

I'm 27 and I used to run half marathons. Is it safe to keep running with Charcot-Marie-Tooth or would I be better off switching to cycling or swimming? And would surgery on my feet help at some point, or is it just braces/AFOs?

Thanks,
Joe`,
    focus: 'Charcot-Marie-Tooth',
    types: ['lifestyle', 'treatment'],
  },
  {
    // "what is Turner syndrome exactly" = information; "is there treatment to help her grow" = treatment.
    message: `Dear Sir/Madam,

Our daughter was born three weeks ago and the hospital has just told us that her blood test shows Turner syndrome. We had never heard of it before and we left the appointment with more questions than answers.

What is Turner syndrome exactly? And the doctor said she is likely to be short - is there any treatment to help her grow?

Thank you,
Anna and Piotr Kowalczyk`,
    focus: 'Turner syndrome',
    types: ['information', 'treatment'],
  },
  {
    // "what actually causes IIH" = cause; "can IIH make you go blind" = complications.
    message: `hi I was diagnosed with IIH in january after months of headaches and whooshing in my ears. my neuro keeps going on about my weight but what actually causes IIH? also I'm terrified of losing my sight, can IIH make you go blind?? sorry for the rambling, thanks Kayleigh

Sent from my iPhone`,
    focus: 'IIH',
    types: ['cause', 'complications'],
  },
  {
    // "any trials open in Europe" = research; "a support group or parent organisation" = find_specialist.
    message: `Hello from Ireland!

My son Cian (4) has Angelman syndrome (deletion type). I keep seeing posts on Facebook about gene therapy trials in America - are there any trials open in Europe that he might be eligible for? Also we don't know any other families nearby; is there a support group or parent organisation you could point us to?

Many thanks,
Siobhán Murphy`,
    focus: 'Angelman syndrome',
    types: ['research', 'find_specialist'],
  },
  {
    // "chances another baby would be affected, boy or girl" = inheritance; "financial assistance for genetic testing" = other.
    message: `Dear Sir/Madam,

Our son Ethan (5) was diagnosed with fragile X syndrome in January and testing has shown that I am a premutation carrier. We would love to have another child. What are the chances that another baby would be affected, and does it make a difference whether it's a boy or a girl?

We live in Ohio and our insurance company has refused to pay for testing my sister. Do you know if there is any financial assistance for genetic testing in that situation?

Best regards,
Melissa Grant

Sent from Outlook for iOS`,
    focus: 'fragile X syndrome',
    types: ['inheritance', 'other'],
  },
  {
    // "an overview of the condition" = information; "is anxiety common with this condition" = symptoms; "guidance on classroom support" = lifestyle.
    subject: 'Information request - pupil with DiGeorge syndrome',
    message: `Dear Information Team,

I am the Head of Year 7 at St Anselm's Catholic High School. One of our new students has DiGeorge syndrome (I understand this is also called 22q11.2 deletion syndrome). His parents have given permission for us to seek information on his behalf.

Could you please send us an overview of the condition suitable for school staff? In particular, we have noticed that he becomes very anxious in busy corridors and at lunchtime. Is anxiety common in young people with this condition? Any guidance on classroom support would also be welcome.

Yours sincerely,

Mr D. Okonkwo
Head of Year 7
St Anselm's Catholic High School
Tel. 0151 496 0233 ext. 214

DISCLAIMER: The information in this email is confidential and is intended solely for the addressee. Access to this email by anyone else is unauthorised.`,
    focus: 'DiGeorge syndrome',
    types: ['information', 'symptoms', 'lifestyle'],
  },
  {
    // "what is it doing to the eyes" = side_effects; "do I need to stop it before surgery" = drug_usage; "does it contain lactose" = ingredients.
    message: `Hi,

I have primary Sjögren's syndrome and my rheumatologist started me on Plaquenil 200mg twice a day three months ago. The dry mouth is a bit better already. I've been told I need yearly eye checks because of it - what is it actually doing to the eyes? I'm also booked in for a knee operation in July; do I need to stop taking it before the surgery? And (slightly odd question) does it contain lactose? I'm quite intolerant.

Thanks,
Jo
--
Joanne Price
Practice Manager, Riverside Dental
01632 960 778`,
    focus: 'Plaquenil',
    types: ['side_effects', 'drug_usage', 'ingredients'],
  },
  {
    // "give it now or wait until next Friday" = drug_usage; "is the sickness from the methotrexate" = side_effects; "safe to give ibuprofen alongside" = interactions.
    subject: 'Methotrexate - missed dose and ibuprofen',
    message: `Dear Sir/Madam,

My daughter Maisie (7) has juvenile idiopathic arthritis and takes methotrexate tablets once a week on Friday evenings. This week we forgot and only remembered this morning (Sunday). Should we give it now or wait until next Friday?

She has also been feeling sick and off her food every Saturday - is that from the methotrexate? And she sometimes has ibuprofen for her knee pain - is it safe to give ibuprofen alongside it?

Kind regards,
Louise Bennett
Ref. patient no. 4471-203`,
    focus: 'methotrexate',
    types: ['drug_usage', 'side_effects', 'interactions'],
  },
  {
    // "what is moyamoya disease" = information; "what causes it" = cause.
    message: `What is moyamoya disease and what causes it? My nephew (10) had a mini-stroke at school and the MRI showed it. Thanks. Sent from my iPhone`,
    focus: 'moyamoya disease',
    types: ['information', 'cause'],
  },
  {
    // "how do doctors tell NMO apart from MS, why was it missed" = diagnosis; "what can be done to stop further attacks" = prevention.
    message: `Dear Sir/Madam,

My wife (41) lost the sight in one eye last year and then developed weakness in both legs. She was first told it was MS, but a blood test (aquaporin-4 antibody) came back positive and the diagnosis was changed to neuromyelitis optica. How do doctors tell NMO apart from MS, and why was it missed at first? More importantly, what can be done to stop her having further attacks? She is terrified of going blind.

Regards,
Hamid Rahimi
Senior Pharmacist (retired)`,
    focus: 'neuromyelitis optica',
    types: ['diagnosis', 'prevention'],
  },
  {
    // "is there a test that can show it is PANDAS" = diagnosis; "would antibiotics help" = treatment; "a doctor in the UK who specialises" = find_specialist.
    message: `Dear Sir/Madam,

I am writing about my 8-year-old son. After a strep throat in February he suddenly developed severe OCD-type behaviours (hand washing, checking doors), tics, and he refused to eat. Our GP had never heard of PANDAS and the paediatrician told us it is "controversial".

1) Is there a test that can show whether this is PANDAS?
2) Would antibiotics help him?
3) Is there a doctor in the UK who specialises in it?

I would be so grateful for any help - we are desperate.

Regards,
Fiona McLeod
Teaching Assistant

Sent from my iPhone`,
    focus: 'PANDAS',
    types: ['diagnosis', 'treatment', 'find_specialist'],
  },
  {
    // "why is there a link between coeliac and type 1 diabetes" = association; "do her brothers have a higher chance" = inheritance.
    subject: 'Coeliac - risk for siblings + diabetes link?',
    message: `Hi,

My 10-year-old was diagnosed with coeliac disease after a biopsy last month. She has also had type 1 diabetes since she was 4. Her consultant said the two often go together. Why is there a link between them? And do her two brothers have a higher chance of getting coeliac too?

Thanks
Dave Morgan`,
    focus: 'coeliac disease',
    types: ['association', 'inheritance'],
  },
  {
    // "is my daughter more likely to develop MS" = inheritance; "should I stop hot yoga / is exercise in the heat OK" = lifestyle.
    message: `Hello,

I was diagnosed with relapsing-remitting MS eighteen months ago (I'm 34). Two questions my neurologist didn't have time for:

- My daughter is 6. Is she more likely to develop MS because I have it?
- I've always done hot yoga three times a week but lately I get tingling and blurry vision in the heated studio. Should I stop, or is exercising in the heat OK?

Kind regards,

Emma Richardson
Senior Solicitor
Richardson & Lowe LLP
T: 0117 496 0351

This email is confidential and may be legally privileged. If you are not the intended recipient please notify the sender immediately and delete it from your system.`,
    focus: 'MS',
    types: ['inheritance', 'lifestyle'],
  },
  {
    // "are the tiredness and aching knuckles part of haemochromatosis" = symptoms; "how many venesections" = treatment; "change my diet or stop drinking wine" = lifestyle.
    message: `Dear Sirs,

I am 56 and my GP found a high ferritin on a routine blood test, and the genetic test then showed haemochromatosis (C282Y twice). I have been tired for years and my knuckles ache. Are these part of haemochromatosis? I am due to start venesection next week - how many will I need and for how long? Do I also need to change my diet or stop drinking wine?

Regards,
Graham Holt

Sent from my iPhone`,
    focus: 'haemochromatosis',
    types: ['symptoms', 'treatment', 'lifestyle'],
  },
  {
    // "can endo affect my fertility" = complications; "is surgery the only real treatment" = treatment.
    message: `Hi, I'm 29 and had a laparoscopy in April which confirmed endometriosis on my ovaries and bowel. My partner and I want to try for children in the next couple of years. Can endo affect my fertility? And is surgery the only real treatment or are there other options?

Thank you,
Hollie`,
    focus: 'endometriosis',
    types: ['complications', 'treatment'],
  },
];
