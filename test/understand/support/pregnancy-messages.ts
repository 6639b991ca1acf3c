/**
 * "pregnancy" set: 40 messages from people planning a pregnancy, pregnant or breastfeeding, their partners,
 * and grandparents-to-be: women with a rare condition asking whether pregnancy is safe and whether the baby
 * could have it, couples after carrier, prenatal (NIPT, ultrasound, amnio) or newborn screening results. 10
 * messages have a medicine as focus (brand and generic names, often with the condition named alongside). 13
 * have a subject line; in a few the subject carries the focus name and the message says only "it". Tone ranges
 * from terse and lowercase to long and anxious; misspellings and abbreviations (DM1, CF, OI, MCADD).
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following
 * the labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once before anything was changed against it: focus 1.000, type F1 0.663 (see BENCHMARKS.md).
 * Scored by pregnancy.test.ts and by `npx tsx test/understand/support/score-messages.ts --pregnancy
 * --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const PREGNANCY_MESSAGES: ConsumerMessage[] = [
  {
    // "safe to carry a pregnancy / risking a dissection" = complications; "odds our baby gets Marfan" = inheritance; "know before birth whether the baby has it" = diagnosis.
    message:
      "Hi, I'm 29 and was diagnosed with Marfan's syndrome at 15 (aortic root was 4.1 cm at my last echo). My husband and I want to start trying for a baby next year. Is it actually safe for me to carry a pregnancy with my aorta, or am I risking a dissection? What are the odds our baby gets Marfan from me? And is there a way to know before birth whether the baby has it?",
    focus: "Marfan's syndrome",
    types: ['complications', 'inheritance', 'diagnosis'],
  },
  {
    // "is losartan dangerous for the baby" = contraindications; "stop it today or wait" = drug_usage (stopping).
    subject: 'losartan - just found out im pregnant',
    message:
      'I have Marfan syndrome and my cardiologist put me on losartan 50mg two years ago to slow down my aortic growth. I got a positive test this morning, probably about 5 weeks. Is losartan dangerous for the baby this early? Should I stop it today or keep taking it until I can reach my cardiologist on Monday?',
    focus: 'losartan',
    types: ['contraindications', 'drug_usage'],
  },
  {
    // "go back on the low protein diet before I get pregnant" = lifestyle (diet); "what can high phe levels do to the baby" = complications.
    message:
      "I was born with PKU and was on the diet as a kid but honestly I came off it around 16 and have eaten normally since. Now I'm 31 and we want a baby. My mom says I have to go back on the low protein diet before I even get pregnant, is that true? What can high phe levels do to the baby?",
    focus: 'PKU',
    types: ['lifestyle', 'complications'],
  },
  {
    // "ok to take while breastfeeding / going into my milk" = contraindications (one question).
    message:
      'quick question - is sapropterin ok to take while breastfeeding? my metabolic clinic wants me to restart it now that my daughter is 3 weeks old but I dont want it going into my milk',
    focus: 'sapropterin',
    types: ['contraindications'],
  },
  {
    // "chances our baby actually has CF" = inheritance; "can they test the baby now" = diagnosis.
    subject: 'We are both carriers',
    message:
      "My husband and I both had the expanded carrier screening at my first OB visit and it came back that we are both carriers of cystic fibrosus (me delta F508, him some other variant I can't pronounce). I'm 11 weeks. What are the chances our baby actually has CF? Can they test the baby now or do we have to wait till it's born? Trying not to panic.",
    focus: 'CF',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "gene therapy ... is it a cure" = treatment; "will he be able to sit and walk" = prognosis.
    subject: 'Newborn screen positive for SMA',
    message:
      'Our son is 6 days old and the pediatrician called to say his newborn screening was positive for SMA, 2 copies of SMN2. He seems totally normal to us, he kicks and feeds fine. We have an appointment at the neuromuscular clinic on Thursday. We read about gene therapy. Is that something he would get right away, and is it a cure? If he is treated early, will he be able to sit and walk like other kids?',
    focus: 'SMA',
    types: ['treatment', 'prognosis'],
  },
  {
    // "how likely my baby has the severe congenital form" = inheritance; "extra risks in labour" = complications; "should I be seen by a maternal-fetal medicine specialist" = find_specialist.
    message:
      'I have myotonic distrophy type 1 (mild, mostly hand grip and cataracts) and I am 20 weeks pregnant. When I was diagnosed I was told it can be worse in the next generation. How likely is it my baby has the severe congenital form? Are there extra risks in labour for someone with DM1, like the uterus not contracting properly? My OB has never had a patient with it - should I be seen by a maternal-fetal medicine specialist instead?',
    focus: 'DM1',
    types: ['inheritance', 'complications', 'find_specialist'],
  },
  {
    // "what could actually go wrong" (pregnancy risk for the aorta) = complications; "who should be following me" = find_specialist.
    message:
      "I'm 34 with Turner's syndrome (45,X) and we are planning IVF with donor eggs. My endocrinologist mentioned that pregnancy can be risky for women like me because of the aorta but didn't go into it. What could actually go wrong? And who should be following me during the pregnancy, a cardiologist, a high-risk OB, both?",
    focus: "Turner's syndrome",
    types: ['complications', 'find_specialist'],
  },
  {
    // "how accurate / do we need an amnio or CVS" = diagnosis; "what does life look like as adults" = prognosis; "parents we could talk to" = find_specialist.
    subject: 'NIPT high risk result',
    message:
      "Got a call today that our NIPT came back 'high risk' for trisomy 21. I'm 38 and 13 weeks. The nurse said it's a screening, not a diagnosis. How accurate are these tests really, and do we need an amnio or CVS to know for sure? If the baby does have Down syndrome, what does life look like for people with it as adults these days? Is there a group of parents we could talk to?",
    focus: 'Down syndrome',
    types: ['diagnosis', 'prognosis', 'find_specialist'],
  },
  {
    // "how long do babies with it usually live" = prognosis; "could happen again if we try for another baby" = inheritance.
    subject: 'Edwards syndrome diagnosis at 20 weeks',
    message:
      "The amnio confirmed full trisomy 18. The doctors have been honest with us that it is very serious, but I need to understand it myself. If she makes it to birth, how long do babies with it usually live? And is this something that could happen again if we try for another baby? I'm 41.",
    focus: 'trisomy 18',
    types: ['prognosis', 'inheritance'],
  },
  {
    // "could my daughter be a carrier and pass it to her baby" = inheritance; "can her baby be tested before birth" = diagnosis.
    message:
      "My grandson (my son's boy) was diagnosed with fragile X syndrome last year. Now my daughter is pregnant with her first. Nobody in the family has been tested except my grandson. Could my daughter be a carrier too and pass it to her baby? Can her baby be tested before birth? She is 16 weeks so time matters. Thank you.",
    focus: 'fragile X syndrome',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "chance he has it" = inheritance; "is a vaginal birth risky for him, bleeding in his head" = complications; "how soon after birth can they test him" = diagnosis.
    message:
      "I'm a known carrier of haemophilia A (my brother has the severe form). We just found out at the anatomy scan that the baby is a boy. What's the chance he has it? Is a vaginal birth risky for him, e.g. bleeding in his head? And how soon after birth can they test him?",
    focus: 'haemophilia A',
    types: ['inheritance', 'complications', 'diagnosis'],
  },
  {
    // "is pregnancy dangerous for me or the baby" = complications; "anything I can do to avoid crises" = prevention.
    message:
      "I have sickle cell (HbSS) and I'm 8 weeks pregnant with my first. My hematologist stopped my hydroxyurea when I told her. Before this I was having maybe 3 crises a year. Is pregnancy dangerous for someone with sickle cell, for me or for the baby? Is there anything I can do to avoid crises over the next months, like drinking more water or having transfusions?",
    focus: 'sickle cell',
    types: ['complications', 'prevention'],
  },
  {
    // "can hydroxyurea lower a man's sperm count" = side_effects; "does he need to be off it when we're trying" = contraindications (precaution when conceiving).
    message:
      "My husband has sickle cell disease and has been on hydroxyurea for years, it has been great for him. We've been trying for a baby for 14 months with no luck. Can hydroxyurea lower a man's sperm count? His hematologist said something about stopping it before conception. Does he really need to be off it while we're trying, even though he's the dad and not me?",
    focus: 'hydroxyurea',
    types: ['side_effects', 'contraindications'],
  },
  {
    // "does that mean our child will have thalassaemia major" = inheritance; "test at 11 weeks from the placenta, is it risky" = diagnosis.
    message:
      "Me and my partner are both beta thalassaemia carriers (minor), we found out from blood tests at the GP. We're from Cyprus and Pakistan originally. Does that mean our child will have thalassaemia major? I read there is a test at 11 weeks from the placenta, what is it called and is it risky?",
    focus: 'beta thalassaemia',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "will pregnancy make my lupus flare up" = prognosis (whether it gets worse); "something my kids could inherit" = inheritance.
    message:
      'hi, 27F, SLE for 6 yrs, currently in remission on plaquenil. my rheumatologist says wait for 6 months of quiet disease before trying. will pregnancy make my lupus flare up? and is lupus something my kids could inherit from me? thx',
    focus: 'lupus',
    types: ['prognosis', 'inheritance'],
  },
  {
    // "safe to keep taking during pregnancy and when I breastfeed" = contraindications; "at the same time as my prenatal vitamin and iron" = interactions.
    subject: 'Plaquenil while pregnant + nursing',
    message:
      "I have Sjogren syndrome and take Plaquenil 200mg twice a day. I'm now 10 weeks pregnant and my OB and my rheumatologist are giving me different answers. Is it safe to keep taking during pregnancy, and later when I breastfeed? Also I take it at the same time as my prenatal vitamin and an iron tablet, is that a problem?",
    focus: 'Plaquenil',
    types: ['contraindications', 'interactions'],
  },
  {
    // "is this what caused me to lose my babies" = complications (what it leads to); "what treatment will I need next time" = treatment; "should she get tested" = diagnosis.
    message:
      "After my third miscarriage (all before 10 weeks) I was finally tested and told I have antiphospholipid syndrome. Is this what made me lose my babies? What treatment will I need the next time I'm pregnant? My sister has also had two losses. Should she get tested for it too?",
    focus: 'antiphospholipid syndrome',
    types: ['complications', 'treatment', 'diagnosis'],
  },
  {
    // "bruises and lumps, is that normal from the shots" = side_effects; "when am I supposed to stop before delivery" = drug_usage.
    message:
      'Im 24 wks on Lovenox 40 daily because of factor V leiden, my stomach is covered in bruises and some hard lumps where I inject. is that normal from the shots? also when am I supposed to stop before delivery, I really want an epidural',
    focus: 'Lovenox',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "does pregnancy make it better or worse" = prognosis; "babies born floppy because of my antibodies, how often" = complications.
    subject: 'Myasthenia gravis and pregnancy',
    message:
      "I've had it for 4 years, well controlled on mestinon, and I'm 12 weeks along. Does pregnancy usually make it better or worse? I also read that babies can be born floppy because of the mother's antibodies. How often does that happen, and does it go away?",
    focus: 'Myasthenia gravis',
    types: ['prognosis', 'complications'],
  },
  {
    // "odds of having a child with Tay Sachs each pregnancy" = inheritance; "where can we find a genetic counselor" = find_specialist.
    message:
      'My fiance and I are both Ashkenazi Jewish and we just learned from our carrier screening that we are both Tay Sachs carriers. We are devastated. We want children. What are our odds of having a child with Tay Sachs in each pregnancy? Where can we find a genetic counselor who can talk us through IVF with embryo testing?',
    focus: 'Tay Sachs',
    types: ['inheritance', 'find_specialist'],
  },
  {
    // "is it 50/50 the baby gets it" = inheritance; "mild like his or much worse" = prognosis; "can they see it on ultrasound" = diagnosis.
    message:
      "My boyfriend has NF1 (lots of cafe au lait spots and a few neurofibromas on his back, nothing serious). I'm 9 weeks pregnant. Is it 50/50 that the baby gets it? If the baby does get it, will it be mild like his or could it be much worse? Can they see it on an ultrasound?",
    focus: 'NF1',
    types: ['inheritance', 'prognosis', 'diagnosis'],
  },
  {
    // "how sure can they be before birth" = diagnosis; "do babies with TSC usually get seizures" = symptoms; "are there TSC clinics for babies" = find_specialist.
    subject: 'heart tumors on ultrasound',
    message:
      "At our 28 week scan they found several rhabdomyomas in the baby's heart. The fetal cardiologist said this is very often a sign of tuberous sclerosis and wants a fetal MRI and genetic testing. How sure can they be before birth? Do babies with TSC usually get seizures? We live 4 hours from a big hospital, are there TSC clinics for babies anywhere near us?",
    focus: 'tuberous sclerosis',
    types: ['diagnosis', 'symptoms', 'find_specialist'],
  },
  {
    // "what are the risks for me in pregnancy with ADPKD" = complications; "chance each child inherits it" = inheritance.
    message:
      "I have ADPKD like my dad, my kidney function is still normal (eGFR 85). We'd like to have two kids. What are the risks for me in a pregnancy with ADPKD, could it harm my kidneys or raise my blood pressure? And my husband wants to know what the chance is that each child inherits it.",
    focus: 'ADPKD',
    types: ['complications', 'inheritance'],
  },
  {
    // "what happens to a baby who gets both copies" = prognosis (outlook); "can this be checked early in pregnancy" = diagnosis.
    subject: 'we both have achondroplasia',
    message:
      "My wife and I are both little people with achondroplasia. We know there is a 1 in 4 chance of the 'double dominant' combination. What happens to a baby who gets both copies? Can this be checked early in the pregnancy? We want to be prepared whatever happens.",
    focus: 'achondroplasia',
    types: ['prognosis', 'diagnosis'],
  },
  {
    // "could this really be OI" = diagnosis; "can the baby's bones break during delivery" = complications.
    message:
      "I'm writing for my daughter, who is expecting our first grandchild. Her 20 week ultrasound showed the baby's thigh bones are short and bowed and one might already be broken. The MFM doctor said it could be brittle bone disease or another skeletal dysplasia and they will do more tests. Could this really be OI? If it is, can the baby's bones break during the delivery itself?",
    focus: 'OI',
    types: ['diagnosis', 'complications'],
  },
  {
    // "which medicines are safe to treat an attack while pregnant" = treatment; "what do I do to keep from swelling during delivery" = prevention (preventing attacks).
    subject: 'HAE - pregnant, 2nd trimester',
    message:
      "I have type 1. Since I got pregnant my attacks come more often, mostly abdominal ones. Which medicines are safe to treat an attack while I'm pregnant? And what can I do to keep from swelling during delivery? I'm scared of my throat closing when I push.",
    focus: 'HAE',
    types: ['treatment', 'prevention'],
  },
  {
    // "what is that exactly" = information; "is it dangerous for the baby" = complications.
    subject: 'itchy hands and feet at 33 weeks',
    message:
      'My midwife sent bloods because my palms and soles itch like crazy, especially at night, no rash. She mentioned obstetric cholestasis. What is that exactly? Is it dangerous for the baby?',
    focus: 'obstetric cholestasis',
    types: ['information', 'complications'],
  },
  {
    // "is ursodiol safe for the baby" = contraindications; "forgot my evening dose, take 2 tonight" = drug_usage (missed dose).
    message:
      'Diagnosed with ICP at 32 wks and started on ursodiol 300mg twice a day, my bile acids were 45. Is ursodiol safe for the baby? Also I forgot my evening dose yesterday, should I take 2 tonight to make up?',
    focus: 'ursodiol',
    types: ['contraindications', 'drug_usage'],
  },
  {
    // "will my heart go back to normal" = prognosis; "could the preeclampsia have caused it" = cause.
    message:
      "I was diagnosed with peripartum cardiomyopathy 3 weeks after my son was born, my EF was 30%. I'm on several heart meds now and so tired. Will my heart go back to normal? I also had preeclampsia at the end of the pregnancy. Could that have caused it?",
    focus: 'peripartum cardiomyopathy',
    types: ['prognosis', 'cause'],
  },
  {
    // "can nadolol slow the baby's growth or heart rate" = side_effects; "can I breastfeed on it" = contraindications.
    subject: 'nadolol in pregnancy (long QT)',
    message:
      "I have LQT2 and take nadolol 40mg. My cardiologist says I should definitely stay on it through the pregnancy and after, since the months after birth are a high-risk time for women with long QT. But I'm worried. Can nadolol slow the baby's growth or heart rate? And can I breastfeed on it?",
    focus: 'nadolol',
    types: ['side_effects', 'contraindications'],
  },
  {
    // "can they test the baby with an amnio" = diagnosis; "what problems can it cause for the baby" = complications.
    message:
      "I'm 15 weeks and my blood test shows I caught CMV recently (IgM positive, low avidity). I work in a daycare so I guess that's where. Can they test the baby for it with an amnio? What problems can it cause for the baby? I read about hearing loss and I can't stop thinking about it.",
    focus: 'CMV',
    types: ['diagnosis', 'complications'],
  },
  {
    // "will I never be able to breastfeed her" = lifestyle (diet); "something we passed on / could our next child have it" = inheritance.
    message:
      "Our daughter is 5 days old and the hospital called, her newborn screen is abnormal for galactosemia and they told us to stop breastfeeding right away and switch to soy formula until the confirmatory test. I'm heartbroken. Will I never be able to breastfeed her? Is this something we passed on to her, and could our next child have it too?",
    focus: 'galactosemia',
    types: ['lifestyle', 'inheritance'],
  },
  {
    // "what is MCADD" = information; "is there treatment" = treatment.
    message:
      "what is MCADD? our baby's heel prick test came back positive for it and the specialist appt isnt until next week. is there treatment?",
    focus: 'MCADD',
    types: ['information', 'treatment'],
  },
  {
    // "chance this baby has it too" = inheritance; "prenatal steroid treatment, is that still recommended" = treatment.
    message:
      "Our first daughter was born with CAH (salt-wasting, 21-hydroxylase). I'm now 6 weeks pregnant again. What is the chance this baby has it too? I read about prenatal treatment with steroid pills starting very early so a girl isn't born with ambiguous genitals. Is that still recommended?",
    focus: 'CAH',
    types: ['inheritance', 'treatment'],
  },
  {
    // "need a higher dose when pregnant / back to my old dose after birth" = drug_usage; "one of the safer seizure meds for the baby" = contraindications.
    subject: 'Lamictal dose in pregnancy',
    message:
      "I have epilepsy (juvenile myoclonic) and take 200 mg a day, I'm 14 weeks pregnant. I had a breakthrough seizure last week and my neurologist said my blood level has dropped by half because of the pregnancy. Is it normal to need a higher dose when pregnant, and will I go back to my old dose after the birth? Is it one of the safer seizure meds for the baby?",
    focus: 'Lamictal',
    types: ['drug_usage', 'contraindications'],
  },
  {
    // "could the Depakote have caused this" = side_effects (whether a problem comes from the medicine); "anyone who specializes in children exposed to it" = find_specialist.
    message:
      'My daughter has bipolar disorder and took Depakote the whole time she was pregnant with my grandson, nobody warned her. He is 4 now and has a speech delay, low muscle tone and they say maybe autism. Could the Depakote have caused this? Is there anyone who specializes in children who were exposed to it in the womb?',
    focus: 'Depakote',
    types: ['side_effects', 'find_specialist'],
  },
  {
    // "increase my dose myself now or wait" = drug_usage; "prenatal vitamin has iron and calcium, take them all together" = interactions.
    message:
      "I have hypothyroidism (Hashimoto's) and take levothyroxine 75mcg. Just got a positive pregnancy test!! I read that you need more thyroid hormone when pregnant. Should I increase my dose myself now or wait for my blood test? Also my prenatal vitamin has iron and calcium and I take everything together in the morning, is that ok?",
    focus: 'levothyroxine',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "could I be a carrier as well" = inheritance; "where can I get genetic counseling quickly" = find_specialist; "do female carriers have symptoms" = symptoms.
    message:
      "My nephew has Duchenne muscular dystrophy and my sister (his mom) was tested and is a carrier. I'm 26 and just found out I'm pregnant, and I've never been tested. Could I be a carrier as well? Where can I get genetic counseling quickly, my OB doesn't seem to know much about it. And do women who are carriers have any symptoms themselves?",
    focus: 'Duchenne muscular dystrophy',
    types: ['inheritance', 'find_specialist', 'symptoms'],
  },
  {
    // "odds I get it again" = susceptibility (who is at risk); "anything that can prevent it this time" = prevention; "can it cause problems for my heart later in life" = complications.
    message:
      "I had severe preeclampsia with my first and delivered at 31 weeks. Now we're planning #2. What are the odds I get it again? Is there anything that can prevent it this time? Also, my cardiologist friend said it can cause problems for my heart later in life, is that true?",
    focus: 'preeclampsia',
    types: ['susceptibility', 'prevention', 'complications'],
  },
];
