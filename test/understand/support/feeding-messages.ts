/**
 * "feeding" set. Messages about eating and feeding: trouble swallowing, feeding tubes, poor weight gain,
 * special formulas, reflux, with other questions about the condition and its medicines. Written by someone
 * who had read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.925, type F1 0.844). Scored by feeding.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --feeding --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FEEDING_MESSAGES: ConsumerMessage[] = [
  // ---------- short ----------
  // why: asks only about options besides surgery for achalasia, i.e. therapies -> treatment; the second sentence is story.
  {
    message:
      'is there anything besides surgery for achalasia? the food just sits in my chest and comes back up at night',
    focus: 'achalasia',
    types: ['treatment'],
  },
  // why: mixing the medicine into the bottle vs giving it on an empty stomach is how and when to take omeprazole -> drug_usage.
  {
    message:
      'My 6 month old takes omeprazole for reflux. Can I just mix it into her bottle or does it have to be given on an empty stomach?',
    focus: 'omeprazole',
    types: ['drug_usage'],
  },
  // why: asks what the medicine is normally for -> indication; the pediatrician's plan is background.
  {
    message:
      'Our pediatrician wants to try cyproheptadine to get my son to eat more. What is this medicine normally used for?',
    focus: 'cyproheptadine',
    types: ['indication'],
  },
  // why: the condition is named only in the subject; "what is this?" asks what the condition is -> information.
  {
    subject: 'Plummer-Vinson syndrome',
    message:
      'what is this?? my doctor wrote it on my papers after the swallow x-ray and didnt explain anything',
    focus: 'Plummer-Vinson syndrome',
    types: ['information'],
  },
  // why: keeping the opened liquid in the fridge is storage of the medicine -> storage_disposal.
  {
    message: 'Does famotidine liquid have to be kept in the fridge after you open the bottle?',
    focus: 'famotidine',
    types: ['storage_disposal'],
  },
  // why: whether the baby with galactosemia can have breast milk is a question about diet -> lifestyle.
  {
    message: 'My baby is diagnosed galactosemia last week. She can still have my breast milk or no?',
    focus: 'galactosemia',
    types: ['lifestyle'],
  },
  // why: asks how common the condition is -> frequency; the nephew's surgery is story.
  {
    message:
      'how common is pyloric stenosis my nephew just had the surgery for it at 4 weeks old and we never heard of it before',
    focus: 'pyloric stenosis',
    types: ['frequency'],
  },
  // why: "is there a known gene" asks which gene is involved -> genetic_changes; the feeding trouble is background.
  {
    message: "Our daughter has Moebius syndrome and can't suck from a bottle. Is there a known gene for it?",
    focus: 'Moebius syndrome',
    types: ['genetic_changes'],
  },
  // why: whether megestrol is safe together with warfarin is a medicine-with-medicine question -> interactions.
  {
    message:
      'my dad was put on megestrol to help his appetite after chemo. is it ok with the warfarin he already takes?',
    focus: 'megestrol',
    types: ['interactions'],
  },
  // why: asks about clinical trials for the condition -> research.
  {
    subject: 'trials for kids?',
    message: 'Are there any clinical trials for eosinophilic esophagitis that take children under 10?',
    focus: 'eosinophilic esophagitis',
    types: ['research'],
  },
  // why: "will this get worse as i get older" asks about the course of CF -> prognosis.
  {
    message:
      'im 15 and have cf and i cant put on weight no matter how much i eat. is this gonna get worse as i get older??',
    focus: 'cystic fibrosis',
    types: ['prognosis'],
  },
  // why: opening the capsules and sprinkling them on food is how to give the medicine -> drug_usage.
  {
    message:
      "Can pancrelipase capsules be opened and sprinkled on applesauce for a toddler who can't swallow them?",
    focus: 'pancrelipase',
    types: ['drug_usage'],
  },
  // why: "is it the same thing as seizures" asks whether two conditions are the same -> information.
  {
    message:
      'Is Sandifer syndrome the same thing as a seizure? My baby arches his back and twists his neck after every feed.',
    focus: 'Sandifer syndrome',
    types: ['information'],
  },
  // why: whether trouble swallowing is part of scleroderma asks whether a sign belongs to it -> symptoms.
  {
    message: 'Can scleroderma cause trouble swallowing? It feels like food stops halfway down my chest.',
    focus: 'scleroderma',
    types: ['symptoms'],
  },
  // why: already diagnosed; asks whether choking late in the day is part of MG -> symptoms.
  {
    message:
      'I have myasthenia gravis. Is choking on water towards the end of the day part of it, or is that something else?',
    focus: 'myasthenia gravis',
    types: ['symptoms'],
  },

  // ---------- medium ----------
  // why: "what causes this?" -> cause; a lifelong special diet -> lifestyle.
  {
    message:
      "My granddaughter was diagnosed with Prader-Willi syndrome at 3 weeks old. Right now she is so floppy she can barely feed and has a tube in her nose, but the doctors say later on she will be hungry all the time. I don't understand how both can be true. What causes this? And will she have to be on a special diet her whole life?",
    focus: 'Prader-Willi syndrome',
    types: ['cause', 'lifestyle'],
  },
  // why: lasting damage from being off the diet is what happens when it is not treated -> complications; medicines besides the formula -> treatment.
  {
    message:
      "I was diagnosed with PKU as a newborn and was on the low-protein formula most of my childhood. I went off the diet in college and now I'm 29 and feel foggy and irritable a lot. Can being off the diet all these years have done lasting damage? And are there any medicines now besides the formula?",
    focus: 'phenylketonuria',
    types: ['complications', 'treatment'],
  },
  // why: asks for a doctor or clinic that specializes in these babies -> find_specialist; the feeding story is background.
  {
    subject: 'bottle feeding with a small jaw',
    message:
      "Our son was born 5 weeks ago with Pierre Robin sequence and a cleft palate. Feeds take almost an hour and he gets so tired he falls asleep before he finishes. The hospital gave us a squeeze bottle but it's still a struggle. Is there a doctor or a clinic somewhere that specializes in babies like him?",
    focus: 'Pierre Robin sequence',
    types: ['find_specialist'],
  },
  // why: whether his swallowing will get better asks whether he will recover -> prognosis.
  {
    message:
      "My wife and I have a 10 month old with SMA type 1. He's getting gene therapy next month, but his swallowing is already weak and the team is talking about a g-tube. Will his swallowing get better after the treatment, or does it usually stay like this?",
    focus: 'spinal muscular atrophy',
    types: ['prognosis'],
  },
  // why: asks whether anything is being studied to replace the cornstarch -> research.
  {
    message:
      'Hello, our daughter has GSD 1a and gets cornstarch every few hours in the day plus continuous feeds through her g-tube at night. We are exhausted. Is anyone doing research on something that could replace the cornstarch? Thank you so much',
    focus: 'glycogen storage disease type 1',
    types: ['research'],
  },
  // why: "is this from the syndrome?" asks whether the palate/feeding sign belongs to it -> symptoms; the chance the next baby has it -> inheritance.
  {
    subject: 'DiGeorge',
    message:
      'Hello, my son is 2 year, he have 22q11 deletion. He eat very slow and milk is coming out from his nose. Doctor say it is a palate problem. This is from the syndrome? Also my wife is pregnant again, what is the chance the new baby have it also?',
    focus: 'DiGeorge syndrome',
    types: ['symptoms', 'inheritance'],
  },
  // why: long-term problems after the pull-through are problems the condition leads to -> complications; a diet that helps -> lifestyle.
  {
    message:
      "My son had pull-through surgery for Hirschsprung disease when he was a baby. He's 4 now and his belly still swells up and some weeks he barely eats anything. What kind of long term problems can kids have after the pull-through? Is there a diet that helps?",
    focus: 'Hirschsprung disease',
    types: ['complications', 'lifestyle'],
  },
  // why: whether the children (relatives) should get tested -> diagnosis.
  {
    message:
      'My mother is 62 and was just diagnosed with oculopharyngeal muscular dystrophy. Her eyelids droop and she coughs at every meal now. Her mother had the same thing, we just never had a name for it. Should my brother and I get tested?',
    focus: 'oculopharyngeal muscular dystrophy',
    types: ['diagnosis'],
  },
  // why: "what else is out there for this" asks about other therapies -> treatment; the reglan story is background.
  {
    message:
      "so i've had gastroparesis for about 3 yrs (type 1 diabetic) and lately i'm throwing up breakfast at dinner time, like completely undigested. the reglan made me twitchy so i stopped it. what else is out there for this?? i'm so done",
    focus: 'gastroparesis',
    types: ['treatment'],
  },
  // why: whether the shaking comes from the medicine -> side_effects; stopping it at once vs tapering -> drug_usage.
  {
    message:
      'My 80 year old father was started on metoclopramide because food seems to sit in his stomach. Since then his hands shake and he is restless at night. Could this be from the medicine? Should he stop it right away or come off it slowly?',
    focus: 'metoclopramide',
    types: ['side_effects', 'drug_usage'],
  },
  // why: asks for a support group of Rett families -> find_specialist.
  {
    message:
      "My daughter is 7 and has Rett syndrome. She's always been tiny and meals take forever, she chews and chews and then spits it out. Her school team wants us to think about a feeding tube. Is there a support group for Rett families where I could talk to parents who went through this decision?",
    focus: 'Rett syndrome',
    types: ['find_specialist'],
  },
  // why: whether he can eat a little gluten at parties -> lifestyle (diet); higher risk of lymphoma for someone who has celiac -> complications.
  {
    message:
      "My boyfriend has celiac disease and lost a lot of weight before they figured it out. He's strict gluten free now but still gets bloated sometimes. Can he ever have a little bit of gluten, like a slice of birthday cake at a party? And is it true he's more at risk of lymphoma?",
    focus: 'celiac disease',
    types: ['lifestyle', 'complications'],
  },
  // why: "what does that actually mean" -> information; which tests are done to find out why -> diagnosis.
  {
    message:
      'Our pediatrician used the words "failure to thrive" at our daughter\'s 9 month check-up. She has dropped from the 50th to the 5th percentile for weight. What does that actually mean, and what tests are usually done to find out why it is happening?',
    focus: 'failure to thrive',
    types: ['information', 'diagnosis'],
  },
  // why: asks where there are centers that do the transplant -> find_specialist.
  {
    subject: 'transplant centers for adults',
    message:
      'My sister is 24 and has chronic intestinal pseudo-obstruction. She has been on TPN through a central line for two years and keeps getting line infections. Her surgeon brought up a small bowel transplant. Where in the US are there centers that do this for adults?',
    focus: 'chronic intestinal pseudo-obstruction',
    types: ['find_specialist'],
  },
  // why: whether the sister is a carrier -> inheritance; how common it is in the community -> frequency.
  {
    message:
      'We are Ashkenazi Jewish and our baby was just diagnosed with familial dysautonomia. She aspirates when she drinks, so she is on thickened feeds and they are talking about a fundoplication. Is our older daughter a carrier? How common is this in our community?',
    focus: 'familial dysautonomia',
    types: ['inheritance', 'frequency'],
  },

  // ---------- long ----------
  // why: being able to breastfeed is daily feeding/diet -> lifestyle; whether it runs in the family -> inheritance; when surgery is done -> treatment.
  {
    message:
      "Hi there. I'm 24 weeks pregnant with our first and at the anatomy scan they told us the baby has a cleft lip and most likely a cleft palate too. I cried the whole way home. We have a meeting with the cleft team next month but I can't stop reading things online and getting more scared. I always wanted to breastfeed and now I don't know if that's even possible. Will I be able to breastfeed her? My husband's cousin was born with a cleft lip too, so we're wondering if that's why, does this kind of thing run in families? And roughly when do they usually do the surgery to close it? Sorry for the long message, I just want to be prepared.",
    focus: 'cleft lip and palate',
    types: ['lifestyle', 'inheritance', 'treatment'],
  },
  // why: getting off TPN completely is the outlook -> prognosis; studies of teduglutide in small children -> research; preschool with the pump -> lifestyle.
  {
    message:
      "Our son is 3. He lost most of his small intestine to a volvulus when he was 2 days old and has short bowel syndrome. He's on TPN 14 hours a night and gets a little formula through his g-tube during the day, and he's just starting to be interested in real food, which is exciting and terrifying. His GI team is great but appointments always feel rushed, so I wrote down some questions:\n1) Is there a real chance he will get off TPN completely one day?\n2) We've read about teduglutide. Are there any studies in kids as young as him?\n3) Can he go to preschool with the backpack pump, or is that asking for trouble?\nThanks for any help.",
    focus: 'short bowel syndrome',
    types: ['prognosis', 'research', 'lifestyle'],
  },
  // why: whether it can turn into cancer like Barrett's -> complications; whether he should be getting a scope -> diagnosis.
  {
    message:
      "ok so this is kind of long. im 52 and ive had heartburn since my 30s, my doctor says its GERD and i take the purple pill most days. last year or so things changed, food feels like it gets stuck sometimes esp bread and meat, and i've lost about 15 lbs without trying which honestly i didnt mind at first lol. my wife is on me about it. my brother in law had barretts and then esophagus cancer so now im paranoid. can years of reflux turn into cancer like that? and should i be asking for a scope or somthing or is that overkill? doctor visits are expensive for me so i want to know before i go",
    focus: 'gastroesophageal reflux disease',
    types: ['complications', 'diagnosis'],
  },
  // why: both questions (whether growth hormone is right, whether it helps appetite) are about therapy -> treatment.
  {
    message:
      "Our son is 5 and has Russell-Silver syndrome. He was born tiny and he's still tiny, he's wearing clothes for a 2 year old. Eating has always been a battle. He just isn't hungry, he'll take three bites and he's done, and we've tried every trick there is: high calorie shakes, little snacks all day, eating in front of the TV, rewards. We had low blood sugar scares when he was younger too. Now the endocrinologist is recommending growth hormone shots and my husband is really against daily injections for a little kid. Is growth hormone really the right thing for children with this? Would it help with his appetite at all, or is it just for height? We want to make the right choice for him.",
    focus: 'Russell-Silver syndrome',
    types: ['treatment'],
  },
  // why: asks for other families/groups and doctors who know CHARGE -> find_specialist (twice in other words counts once).
  {
    subject: 'CHARGE - feeding and finding help',
    message:
      "I'm writing for my daughter's family. My grandson is 18 months old and has CHARGE syndrome. He had heart surgery as a newborn and has been fed through a g-tube since then because he can't coordinate swallowing and breathing. He also has hearing loss and problems with balance. My daughter is doing everything by herself most days and I live three hours away. The feeding therapist they see is kind but says she's never had a child with CHARGE before. Are there other families or a group we could connect with? And are there any doctors in the Midwest who really know this syndrome? Bless you for reading this.",
    focus: 'CHARGE syndrome',
    types: ['find_specialist'],
  },
  // why: whether swallowing trouble is common in adults after EA repair asks about a later problem it leads to -> complications; whether her baby could have it -> inheritance.
  {
    message:
      "I was born with esophageal atresia and had three surgeries before I was a year old. I don't remember any of it of course, and growing up I was mostly fine, just a slow eater and sometimes I had to drink water to get food down. Now I'm 30 and it's getting worse, last month a piece of chicken got stuck and I ended up in the ER. I've also just found out I'm pregnant (10 weeks!). No one in my family has ever had anything like it. Is it common for adults who had EA repaired as babies to have swallowing trouble later in life? And could my baby be born with it too?",
    focus: 'esophageal atresia',
    types: ['complications', 'inheritance'],
  },
  // why: whether bad reflux is a known part of CdLS asks whether a sign belongs to it -> symptoms; the rest is story.
  {
    message:
      "My daughter is 14 and has Cornelia de Lange syndrome. She doesn't talk but she has always let us know when she is unhappy. Over the last few months she has started refusing food, she pushes the plate away and cries, and she wakes up at night and hits her chest and her jaw. We thought it was her teeth but the dentist found nothing. A nurse at her respite center said it might be reflux, and that it is very common in kids like her and easy to miss because they cannot tell you. Is bad reflux a known part of Cornelia de Lange? We have an appointment with her pediatrician in three weeks and I want to go in knowing what to ask.",
    focus: 'Cornelia de Lange syndrome',
    types: ['symptoms'],
  },
  // why: stopping her from going into a crisis when she is sick -> prevention; whether liver transplant is done -> treatment.
  {
    message:
      "Our daughter was picked up on newborn screening with maple syrup urine disease and she's 14 months now. Mostly she does well on her special formula and measured leucine, but every time she catches a stomach bug it turns into a nightmare. She won't drink the formula, she throws up, her levels go up, and we end up in the ER for IV fluids. It's happened four times this winter. Daycare is out of the question now. How do we keep her from going into a crisis every time she gets sick? And is liver transplant something that people actually do for MSUD? Our metabolic doctor mentioned it once but we were too overwhelmed to ask more.",
    focus: 'maple syrup urine disease',
    types: ['prevention', 'treatment'],
  },
  // why: both questions ask about the outlook and how much time is left -> prognosis.
  {
    message:
      "My husband was diagnosed with ALS eight months ago. His started in his speech and swallowing, what they call bulbar onset. He has lost almost 30 pounds, he coughs and chokes at almost every meal, and now he's scared to eat in front of anyone. His neurologist wants him to get a PEG tube soon while his breathing is still okay, and he has agreed. Our children are grown and they keep asking me things I can't answer. I read somewhere that when it starts in the swallowing it means the disease moves faster. Is that true? How long do people usually have once it gets to this point? I need to know so we can plan.",
    focus: 'amyotrophic lateral sclerosis',
    types: ['prognosis'],
  },
  // why: whether swallowing difficulty is part of IBM -> symptoms; a trial of a new drug -> research; whether exercise makes muscles worse -> lifestyle.
  {
    message:
      'Good afternoon. I am a 71 year old retired engineer and I was diagnosed with inclusion body myositis two years ago after a muscle biopsy. It started with my thighs (I kept falling when stepping off curbs) and my fingers, and I now use a cane. In the last few months I have noticed that swallowing pills and dry food takes real effort and I sometimes cough during meals. My neurologist did not mention swallowing at all. I have three questions. First, is difficulty swallowing part of inclusion body myositis, or should I look for another cause? Second, a member of my support group said there is a trial of a new drug, do you know anything about it? Third, I have been doing leg exercises at the gym; could exercising make the muscles worse? Thank you for your time.',
    focus: 'inclusion body myositis',
    types: ['symptoms', 'research', 'lifestyle'],
  },
];
