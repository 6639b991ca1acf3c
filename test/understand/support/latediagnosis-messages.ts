/**
 * "latediagnosis" set. Messages from adults diagnosed late in life with a condition usually found in childhood,
 * or suspecting one after a relative's diagnosis: what it means now, for their children, for their health.
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base holds.
 * Scored once, before any change made for it (focus 1.000, type F1 0.851). Scored by latediagnosis.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --latediagnosis --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const LATEDIAGNOSIS_MESSAGES: ConsumerMessage[] = [
  // why: "should I be tested for Marfan syndrome myself?" asks whether his signs warrant testing: diagnosis
  {
    subject: 'son just diagnosed - me too?',
    message:
      "My 19 year old son was diagnosed with Marfan syndrome last month after an eye exam found his lens had slipped. I'm 52, 6'5\", have always had long arms and flat feet, and years ago a doctor mentioned a 'leaky valve' that nobody followed up. Should I be tested for Marfan syndrome myself?",
    focus: 'Marfan syndrome',
    types: ['diagnosis'],
  },
  // why: "can these lumps turn into cancer" asks whether it can turn into another condition: complications
  {
    message:
      'i am 49 and my dermatologist just told me the soft lumps i have had on my back and chest since my 20s are neurofibromas and that i have neurofibromatosis 1. nobody ever mentioned it before, not even when i was a kid with all those brown birthmarks. can these lumps turn into cancer',
    focus: 'neurofibromatosis 1',
    types: ['complications'],
  },
  // why: "could that be what I have?" asks whether his signs could be CMT: diagnosis
  {
    message:
      '51, always had high arches, skinny calves, trip over nothing. my cousin just got told she has Charcot Marie Tooth. could that be what I have?',
    focus: 'Charcot Marie Tooth',
    types: ['diagnosis'],
  },
  // why: "would starting testosterone now still do any good" asks about a therapy: treatment
  {
    subject: 'Klinefelter syndrome at 58',
    message:
      'After a bone scan showed osteoporosis, my doctor checked my hormones and then my chromosomes, and at 58 I have been told I have Klinefelter syndrome (47,XXY). My wife and I never had children and we always wondered why. Would starting testosterone now still do any good at my age?',
    focus: 'Klinefelter syndrome',
    types: ['treatment'],
  },
  // why: "Is ADHD hereditary?" asks whether it runs in families: inheritance
  {
    subject: 'ADHD in the family?',
    message:
      'When my son was diagnosed with ADHD the psychologist kept nodding at everything I said about myself as a kid. So I got assessed too, and at 48 I have ADHD. My father was exactly the same, never finished anything, lost his keys every day. Is ADHD hereditary?',
    focus: 'ADHD',
    types: ['inheritance'],
  },
  // why: "Will I end up in a wheelchair?" asks about the course of the disease: prognosis
  {
    message:
      "I'm 54 and after a cardiologist found my heart muscle was weak, a genetic test showed Becker muscular dystrophy. I always had big calves and got tired climbing stairs but I thought that was just me being out of shape. Will I end up in a wheelchair?",
    focus: 'Becker muscular dystrophy',
    types: ['prognosis'],
  },
  // why: whether the children should be checked and at what age is one question about testing relatives: diagnosis
  {
    message:
      'I had a heart attack at 49 and they found my LDL was over 250 and said I have familial hypercholesterolemia. I have two kids, 10 and 13. Should they get their cholesterol checked now, and at what age is that usually done?',
    focus: 'familial hypercholesterolemia',
    types: ['diagnosis'],
  },
  // why: "what will they do to keep me from bleeding during and after the surgery" asks how it is managed: treatment
  {
    subject: 'knee replacement and von Willebrand',
    message:
      "My whole life I had heavy periods and nosebleeds and bruised like a peach, and everyone said that's just how women in our family are. Now at 56, the pre-op bloodwork for my knee replacement found von Willebrand disease type 1. What will they do to keep me from bleeding during and after the surgery?",
    focus: 'von Willebrand disease',
    types: ['treatment'],
  },
  // why: "could my weak shoulders be FSHD too" asks whether her signs could be it: diagnosis
  {
    message:
      "my sister was just diagnosed with FSHD at 50. i'm 47 and for years i couldn't lift my arms over my head to put things on the top shelf, and my smile is crooked, i can't whistle. could my weak shoulders be FSHD too",
    focus: 'FSHD',
    types: ['diagnosis'],
  },
  // why: "How common is polycystic kidney disease?" asks how common it is: frequency
  {
    subject: 'how common is this?',
    message:
      "Had a CT scan for something else at 60 and they saw lots of cysts on both kidneys. Now the nephrologist says it is autosomal dominant polycystic kidney disease and that my mother's 'kidney failure' was probably the same. I had never even heard of it. How common is polycystic kidney disease?",
    focus: 'polycystic kidney disease',
    types: ['frequency'],
  },
  // why: "will it get worse" now that she is past menopause asks about its course: prognosis
  {
    subject: 'Brittle bone disease at 61??',
    message:
      "I've broken 14 bones in my life and was always told I was just clumsy. A geneticist has now said it is probably a mild form of brittle bone disease (type 1). My teeth are greyish and I wear hearing aids, which apparently fits. Now that I am past menopause, will it get worse?",
    focus: 'brittle bone disease',
    types: ['prognosis'],
  },
  // why: "can spherocytosis cause gallstones" asks about a problem the condition leads to: complications
  {
    message:
      '55 yo male. Had my gallbladder out at 30 for stones, always slightly yellow eyes, big spleen on ultrasound. Haematologist now says hereditary spherocytosis, at 55! Can spherocytosis cause gallstones, is that why I had them so young?',
    focus: 'hereditary spherocytosis',
    types: ['complications'],
  },
  // why: "what is hypophosphatasia" asks what the condition is: information
  {
    message:
      'what is hypophosphatasia?? new endocrinologist thinks i have it. im 53, low alk phos on every blood test for years, lost my baby teeth at 2',
    focus: 'hypophosphatasia',
    types: ['information'],
  },
  // why: "what is losartan actually supposed to do for me" asks what the medicine is for: indication
  {
    subject: 'why losartan?',
    message:
      "I'm 52 and was just diagnosed with Marfan syndrome after my daughter was. The cardiologist started me on losartan because of my aorta, but my blood pressure has always been normal. What is losartan actually supposed to do for me?",
    focus: 'losartan',
    types: ['indication'],
  },
  // why: asking for a support group for late-diagnosed adults is find_specialist
  {
    message:
      "Diagnosed autistic at 54 after decades of feeling like an alien at every party and every job. I'd love to talk to other women who found out late like me. Is there a support group for adults diagnosed with autism spectrum disorder later in life?",
    focus: 'autism spectrum disorder',
    types: ['find_specialist'],
  },
  // why: "what does this mean for them" asks about the daughters' chance (inheritance); "is there a treatment worth starting" asks treatment
  {
    subject: 'Fabry disease diagnosis at 58',
    message:
      'Hello, my nephew (25) was diagnosed with Fabry disease after years of burning pain in his hands and feet, and the family testing showed I have it too. I am 58, my kidneys have been leaking protein for years and I had a small stroke last year that nobody could explain. I have two daughters, 30 and 27. What does this mean for them? And is there any treatment worth starting at my age?',
    focus: 'Fabry disease',
    types: ['inheritance', 'treatment'],
  },
  // why: "Could I have EDS too?" asks whether her signs could be it (diagnosis); "how do I find a doctor who knows about it" is find_specialist
  {
    message:
      "I'm 44 and after my 16 year old daughter was diagnosed with hypermobile Ehlers-Danlos I recognised myself in every single thing. Dislocating shoulders, stretchy skin, pain everywhere, bruising, fainting when I stand up. Could I have EDS too? And how do I find a doctor who actually knows about it in adults, my GP just laughed",
    focus: 'Ehlers-Danlos',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: "is there an adult or mild form of cystic fibrosis" asks what the condition is (information); "are the new modulator drugs an option" asks treatment
  {
    subject: 'CF at 41??',
    message:
      "I'm 41. After years of what doctors called chronic bronchitis and sinus infections, plus infertility, a sweat test and a genetic test came back positive for cystic fibrosis. I thought it was a childhood disease that kills people young. Is there an adult or mild form of cystic fibrosis? And are the new modulator drugs an option for adults diagnosed this late?",
    focus: 'cystic fibrosis',
    types: ['information', 'treatment'],
  },
  // why: grapefruit juice with the medicine is interactions; whether it must be taken with fatty food is drug_usage
  {
    message:
      'just started kalydeco at 55 after a late CF diagnosis (i have one of the rarer mutations). pharmacist said something about grapefruit. can i still have my grapefruit juice with breakfast? and does it really have to be taken with fatty food or is that just a suggestion',
    focus: 'kalydeco',
    types: ['interactions', 'drug_usage'],
  },
  // why: "should my children be tested" asks about testing relatives (diagnosis); "what damage might all that iron have done" asks complications
  {
    subject: 'haemochromatosis - my kids?',
    message:
      'My brother was diagnosed with hereditary haemochromatosis at 65 and told me to get checked. Turns out I have the same two copies of the gene and my ferritin is over 1000. I am 62. Should my children, who are in their 30s, be tested? And what damage might all that iron have done to me over the years?',
    focus: 'hereditary haemochromatosis',
    types: ['diagnosis', 'complications'],
  },
  // why: "what are the chances she has it too" about a sibling is inheritance; "will I be on these pills for life" asks about managing it: treatment
  {
    message:
      "I'm a 45-year-old woman and was just diagnosed with Wilson's disease after my liver enzymes were high for years and then I started getting a tremor. The doctor was surprised, said they usually find it in teenagers. My younger sister is 41, what are the chances she has it too? Also will I be on these copper pills for the rest of my life?",
    focus: "Wilson's disease",
    types: ['inheritance', 'treatment'],
  },
  // why: "should I take it with meals" is drug_usage; "is the heartburn from the mexiletine" asks whether a problem comes from the medicine: side_effects
  {
    message:
      'My neurologist prescribed mexiletine for the muscle stiffness from my myotonic dystrophy (diagnosed at 63, long story). Should I take it with meals or on an empty stomach? And is the heartburn I have had since starting it from the mexiletine?',
    focus: 'mexiletine',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "what does mosaic mean, is it milder" asks what it is (information); "what health problems should i watch for" asks complications
  {
    subject: 'mosaic turner syndrome found at 46',
    message:
      "i'm 46 and was always the shortest in every class photo and went through menopause at 35. a geneticist finally did a karyotype and i have mosaic Turner syndrome. what does mosaic mean, is it a milder type? what health problems should i be watching for now at my age",
    focus: 'Turner syndrome',
    types: ['information', 'complications'],
  },
  // why: Concerta together with blood pressure pills is interactions; "can Concerta raise my blood pressure" is side_effects
  {
    message:
      'I was diagnosed with ADHD at 60 (yes, sixty) and prescribed Concerta. I take amlodipine and lisinopril for blood pressure. Is it ok to take Concerta with them? Can Concerta raise my blood pressure?',
    focus: 'Concerta',
    types: ['interactions', 'side_effects'],
  },
  // why: "what is the chance I carry the gene" is inheritance; "should I get the predictive test" is diagnosis
  {
    message:
      "My cousin was just diagnosed with Huntington's disease, and now we think my late father, who was put in a home with 'early dementia' at 62, had it too. I'm 58 and have no symptoms so far. What is the chance I carry the gene? Should I get the predictive test, and how does that work?",
    focus: "Huntington's disease",
    types: ['inheritance', 'diagnosis'],
  },
  // why: "is there any point starting the diet or treatment" asks treatment; "could his behaviour improve" asks the outlook: prognosis
  {
    message:
      "My brother is 58 and lives in a group home. He has always been described as 'mentally handicapped' and nobody knew why. A new doctor at the home ran tests and found he has phenylketonuria, which was never picked up because he was born before the heel-prick test. Is there any point starting the diet or treatment at his age? Could his behaviour and irritability improve?",
    focus: 'phenylketonuria',
    types: ['treatment', 'prognosis'],
  },
  // why: "do I have to give up gluten completely" is diet: lifestyle; "could it be the reason I have osteoporosis" asks a problem it leads to: complications
  {
    subject: 'coeliac disease at 67',
    message:
      'Diagnosed with coeliac disease at 67 after an endoscopy for anaemia. Do I really have to give up gluten completely, or is a bit here and there ok at my age? And could it be the reason I have osteoporosis?',
    focus: 'coeliac disease',
    types: ['lifestyle', 'complications'],
  },
  // why: "can an adult still be diagnosed this late" is diagnosis; "who would I even see for it" is find_specialist
  {
    message:
      "45 year old man. I've had tics since I was about 7, blinking, throat clearing, shoulder jerks, sometimes swear words when stressed. My parents just called them nervous habits. My nephew just got diagnosed with Tourette syndrome. Can an adult still be diagnosed this late, and who would I even see for it",
    focus: 'Tourette syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: "what is the life expectancy" is prognosis; "are there any clinical trials" is research
  {
    message:
      'My husband is 44 and after 10 years of being treated for psychosis, and then a strange problem moving his eyes up and down, they finally diagnosed Niemann-Pick disease type C. We had never heard of it. What is the life expectancy for someone diagnosed as an adult? Are there any clinical trials he could join?',
    focus: 'Niemann-Pick disease type C',
    types: ['prognosis', 'research'],
  },
  // why: "is that what I have?" asks whether his signs could be FXTAS: diagnosis; "does it get worse" is prognosis
  {
    subject: 'grandson has fragile X, what about my tremor?',
    message:
      "our grandson was diagnosed with fragile X and when they tested the family they found i carry a premutation. i am 68 and the last couple years i've got a shake in my hands and my balance is off, i nearly fell off a ladder. the genetics nurse mentioned FXTAS. is that what i have? does it get worse",
    focus: 'FXTAS',
    types: ['diagnosis', 'prognosis'],
  },
  // why: "what exactly is it" is information; "is it going to get worse" is prognosis; "can it lead to Parkinson's" asks whether it leads to another condition: complications
  {
    subject: 'Gaucher disease at 47',
    message:
      "I'm a 47 year old woman. For years I had low platelets, bruising and an enlarged spleen and everyone was looking for a blood cancer. Last week an enzyme test showed Gaucher disease type 1. I always thought Gaucher was something babies had. What exactly is it? Is it going to get worse as I get older? I've also read it can lead to Parkinson's, is that true?",
    focus: 'Gaucher disease type 1',
    types: ['information', 'prognosis', 'complications'],
  },
  // why: "what does ZZ mean compared to MZ" asks about the gene variants: genetic_changes; "could they be carriers" is inheritance; "any treatment besides inhalers" is treatment
  {
    subject: 'Alpha-1 at 57',
    message:
      'I smoked for 30 years and thought my COPD was just from that, but the lung doctor tested me and I have alpha-1 antitrypsin deficiency, ZZ type. What does ZZ mean compared to MZ or SZ? My three kids are grown, could they be carriers? And is there any treatment besides inhalers, I heard about weekly infusions',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['genetic_changes', 'inheritance', 'treatment'],
  },
  // why: why the baby has it much worse than grandma is about how it passes down (inheritance); watching her heart is complications; "any research going on" is research
  {
    subject: 'grandson born with congenital myotonic dystrophy',
    message:
      "Our grandson was born 6 weeks ago floppy and needing a ventilator, and was diagnosed with congenital myotonic dystrophy. Then my daughter tested positive, and then me. I'm 63. I've had cataracts since 50, I have trouble letting go of door handles and I fall asleep every afternoon, but I never thought any of it was connected to anything. How can the baby have it so badly when I have barely noticed it? What should I be watching for with my own heart? Is there any research going on that could help our family?",
    focus: 'myotonic dystrophy',
    types: ['inheritance', 'complications', 'research'],
  },
  // why: "what sets off the attacks" is cause; "chances my daughter inherited it" is inheritance; "can the swelling close my throat" is complications
  {
    message:
      "For 25 years I've had swelling of my hands and lips and awful stomach attacks, and ER doctors kept giving me antihistamines and epinephrine that did nothing. At 43 I finally have a diagnosis, hereditary angioedema. What sets off the attacks? what are the chances my daughter (15) inherited it? and can the swelling close my throat",
    focus: 'hereditary angioedema',
    types: ['cause', 'inheritance', 'complications'],
  },
  // why: "could her seizures be from TSC" is diagnosis; "which gene is it" is genetic_changes; "how rare is TSC" is frequency
  {
    message:
      'I am 50. A scan for back pain found angiomyolipomas in both kidneys and after more tests they said I have tuberous sclerosis complex. My daughter, 22, has had epilepsy since she was a baby and nobody ever found a cause. Could her seizures be from TSC? Which gene is it? And how rare is TSC anyway?',
    focus: 'tuberous sclerosis complex',
    types: ['diagnosis', 'genetic_changes', 'frequency'],
  },
  // why: carrier daughters and grandsons are inheritance; treatment for future surgery is treatment; a hemophilia center is find_specialist
  {
    message:
      '70 years old, bled for days after a prostate procedure and they found out I have mild haemophilia A. Never had a problem before except some bleeding after tooth extractions. I have 2 daughters and 3 grandsons. Are my daughters carriers? Could my grandsons have it? What treatment will I need if I have surgery again? Is there a hemophilia center near Columbus, Ohio?',
    focus: 'haemophilia A',
    types: ['inheritance', 'treatment', 'find_specialist'],
  },
  // why: "can women who carry ALD get symptoms" is symptoms; "what is adrenomyeloneuropathy" is information; "any treatment" is treatment; "should my sons be tested" is diagnosis
  {
    subject: 'ALD carrier with symptoms?',
    message:
      "My nephew died of adrenoleukodystrophy when he was 8, back in the 90s, and my sister and I were told we were 'just carriers' and wouldn't be affected. Now I'm 48 and I have stiff legs, bladder trouble and poor balance. Can women who carry ALD get symptoms? Someone mentioned adrenomyeloneuropathy, what is that? Is there any treatment? And should my two adult sons be tested?",
    focus: 'adrenoleukodystrophy',
    types: ['symptoms', 'information', 'treatment', 'diagnosis'],
  },
  // why: "what is 22q11.2 deletion in plain words" is information; "chances my other children have it" is inheritance; "is my anxiety part of it" asks whether a sign belongs to it: symptoms
  {
    message:
      'My daughter was diagnosed with 22q11.2 deletion syndrome at age 3 and when they tested us it turns out I have it too. I am 50. I had a cleft palate as a baby and have always struggled with anxiety and with maths. What is 22q11.2 deletion syndrome in plain words? What are the chances my other two children have it? Is my anxiety part of it?',
    focus: '22q11.2 deletion syndrome',
    types: ['information', 'inheritance', 'symptoms'],
  },
  // why: "same thing as the Pompe babies get" is information; "is enzyme replacement worth it" is treatment; "can i still exercise" is lifestyle
  {
    subject: 'Pompe at 56',
    message:
      'my legs got weaker over 10 years and now i need a bipap at night. they found pompe disease by a dried blood spot test. is it the same thing as the pompe babies get? is enzyme replacement worth it at my age? can i still exercise or does it damage my muscles',
    focus: 'pompe disease',
    types: ['information', 'treatment', 'lifestyle'],
  },
  // why: leaving it in a hot car is storage_disposal; taking it halfway through a meal is drug_usage; "is it made from pigs" is ingredients
  {
    message:
      "Diagnosed with CF at 48, now on Creon for my pancreas. A few questions: can I leave the bottle in the car in summer? If I forget to take it at the start of a meal can I take it halfway through? And is Creon made from pigs? I'm Muslim and nobody told me",
    focus: 'Creon',
    types: ['storage_disposal', 'drug_usage', 'ingredients'],
  },
];
