/**
 * "exposures" set: 40 messages about what raises the risk of a condition or brings it on, and about links
 * (infections, jobs and chemicals, smoking and drinking, medicines and vaccines taken before, pregnancy,
 * other conditions, stress, diet, sun, travel, pets): whether someone is at risk, whether it is contagious,
 * whether something caused it, whether two conditions are linked, how to avoid it, with the other questions
 * such messages carry; careful to very messy. Written by someone who had read neither the code nor any
 * earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus is
 * a name the knowledge base holds. First scored before any change for it: focus 1.000, type F1 0.693.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const EXPOSURES_MESSAGES: ConsumerMessage[] = [
  {
    // "Could the asbestos at the shipyard really have caused this so many years later?" -> association (named exposure asked as cause);
    // "Is there any treatment that is realistic at his age?" -> treatment (therapies);
    // "are there any clinical trials he could join?" -> research (trials)
    subject: 'My father - mesothelioma',
    message:
      "Good afternoon. My father is 79 and was diagnosed with pleural mesothelioma in January. He worked as a pipe fitter at the Clydebank shipyard from 1962 to 1985 and remembers the asbestos lagging 'coming down like snow'. Could the asbestos at the shipyard really have caused this so many years later? Is there any treatment that is realistic at his age, he is still fairly fit? And are there any clinical trials he could join? Many thanks, Morag",
    focus: 'mesothelioma',
    types: ['association', 'treatment', 'research'],
  },
  {
    // "can i get toxoplasmosis from cleaning the litter box??" -> susceptibility (whether she can catch it);
    // "what does it do to the baby if i do get it" -> complications (problems it leads to);
    // "is there any other way to not catch it" -> prevention (avoiding it)
    message:
      'im 9 weeks pregant and we have 2 cats. can i get toxoplasmosis from cleaning the litter box?? and what does it do to the baby if i do get it. my mum keeps saying give the cats away, is there any other way to not catch it i love them so much',
    focus: 'toxoplasmosis',
    types: ['susceptibility', 'complications', 'prevention'],
  },
  {
    // "Was it the vaccine that caused it?" -> association (named exposure asked as cause);
    // "I still have numb feet - is that going to be permanent?" -> prognosis (whether he recovers);
    // "Should I skip it so it doesn't come back?" -> prevention (preventing a relapse)
    subject: 'GBS and the flu jab',
    message:
      "Hi, I'm 61 and was in hospital for 5 weeks in 2021 with Guillain-Barré syndrome. It started about 10 days after my flu jab. Was it the vaccine that caused it? I still have numb feet - is that going to be permanent? My GP wants me to have the flu jab again this autumn but I'm scared. Should I skip it so it doesn't come back? Regards, Dennis",
    focus: 'Guillain-Barré syndrome',
    types: ['association', 'prognosis', 'prevention'],
  },
  {
    // "Can he get Lyme disease from just one bite?" -> susceptibility (whether he can catch it);
    // "What signs should I watch out for, is it the bullseye rash?" -> symptoms (its signs);
    // "is there a blood test we should do now or do we wait?" -> diagnosis (tests)
    subject: 'tick bite on my 6 year old',
    message:
      "We were camping in Wisconsin last weekend and last night I pulled a tick off my son's leg, it had been there maybe a day. Can he get Lyme disease from just one bite? What signs should I watch out for, is it the bullseye rash? And is there a blood test we should do now or do we wait?",
    focus: 'Lyme disease',
    types: ['susceptibility', 'symptoms', 'diagnosis'],
  },
  {
    // "Is that true that aspirin causes it?" -> association (named medicine asked as cause of the condition);
    // "What are the signs I should look for" -> symptoms (its signs)
    message:
      'Hello dear, I am a grandmother looking after my grandson who has the chicken pox. I always gave my own children aspirin for fevers but my daughter got very cross and said it can cause Reye syndrome. Is that true that aspirin causes it? What are the signs I should look for in case I already gave him some? Thank you for your time. Pat',
    focus: 'Reye syndrome',
    types: ['association', 'symptoms'],
  },
  {
    // "Is this passing in the family?" -> inheritance (runs in families);
    // "Must I do some test before my operation?" -> diagnosis (should she be tested);
    // "What can the anesthesia doctor do for it not to happen to me?" -> prevention (avoiding a reaction)
    subject: 'malignant hyperthermia in family',
    message:
      'Hello. My brother have a reaction during operation on his knee, the temperature go very high and muscles was stiff, the doctors say it is malignant hyperthermia. I am his sister and I must have operation for gallbladder in May. Is this passing in the family? Must I do some test before my operation? What can the anesthesia doctor do for it not to happen to me? Thank you, Agnieszka',
    focus: 'malignant hyperthermia',
    types: ['inheritance', 'diagnosis', 'prevention'],
  },
  {
    // "is it the drinking that brought it on or the hep c??" -> association (named exposure / other condition asked as cause);
    // "what do they do to treat it" -> treatment (therapies)
    message:
      'been getting blisters on the back of my hands that scar, docter ran tests and says porphyria cutanea tarda. im 52 drink most nights and have hep c from years back. is it the drinking that brought it on or the hep c?? what do they do to treat it, i heard they take blood off you like a leech lol',
    focus: 'porphyria cutanea tarda',
    types: ['association', 'treatment'],
  },
  {
    // "Can fasting or my hormones set off the attacks?" -> cause (what brings on its attacks);
    // "What can I do to prevent them, is there a list of medicines to stay away from?" -> prevention (preventing attacks; one question);
    // "could she have inherited it?" -> inheritance (chance a child has it)
    subject: 'Acute intermittent porphyria - triggers?',
    message:
      'I was diagnosed with acute intermittent porphyria after two hospital stays with terrible abdominal pain. My attacks seem to come just before my period and once after I went on a crash diet. Can fasting or my hormones set off the attacks? What can I do to prevent them, is there a list of medicines to stay away from? Also I have a daughter of 14 - could she have inherited it?',
    focus: 'acute intermittent porphyria',
    types: ['cause', 'prevention', 'inheritance'],
  },
  {
    // "there might be a link between the Epstein-Barr virus and MS. Is that true?" -> association (condition and infection);
    // "Would giving her vitamin D as a child have prevented it?" -> prevention (preventing it);
    // "does this mean she is at higher risk of getting it too?" -> inheritance (chance a sibling gets it)
    message:
      'My daughter Chloe had glandular fever badly at 15 and was diagnosed with multiple sclerosis last year at 24. I have read there might be a link between the Epstein-Barr virus and MS. Is that true? Would giving her vitamin D as a child have prevented it? Her younger sister is 19, does this mean she is at higher risk of getting it too? I keep going over what I could have done differently.',
    focus: 'multiple sclerosis',
    types: ['association', 'prevention', 'inheritance'],
  },
  {
    // "is it true the vaccine can give narcolepsy?" -> association (named vaccine asked as cause);
    // "will it ever go away or i have it all life?" -> prognosis (course);
    // "can i take driving license with narcolepsy" -> lifestyle (daily life, driving)
    message:
      'hi i am 17 from sweden. i got narcolepsy when i was 11 after the swine flu vaccine (pandemrix). my doctor say maybe the vaccine make it but not sure. is it true the vaccine can give narcolepsy? will it ever go away or i have it all life? and can i take driving license with narcolepsy, i want to start lessons',
    focus: 'narcolepsy',
    types: ['association', 'prognosis', 'lifestyle'],
  },
  {
    // "Are my birds really the reason?" -> association (named exposure asked as cause);
    // "If I give up the loft will my lungs get back to normal or is the damage done?" -> prognosis (whether he recovers)
    subject: 'Pigeons and my lungs',
    message:
      "I've kept racing pigeons for 40 years. Last year I got breathless and the chest consultant has diagnosed hypersensitivity pneumonitis. Are my birds really the reason? If I give up the loft will my lungs get back to normal or is the damage done? Not keen to give them up to be honest. Ron",
    focus: 'hypersensitivity pneumonitis',
    types: ['association', 'prognosis'],
  },
  {
    // "Can we catch it from having looked after her?" -> susceptibility (whether someone can catch it);
    // "Is it hereditary?" -> inheritance (runs in families);
    // "it was from eating beef in the 90s, is that possible?" -> association (named exposure asked as cause);
    // "how rare is it" -> frequency (how common)
    message:
      'My mum passed away in March from Creutzfeldt-Jakob disease, it was very quick, 4 months from the first symptoms. My sister and I nursed her at home at the end. Can we catch it from having looked after her? Is it hereditary? The neurologist said sporadic but my aunt keeps saying it was from eating beef in the 90s, is that possible? And how rare is it, nobody we know had ever heard of it.',
    focus: 'Creutzfeldt-Jakob disease',
    types: ['susceptibility', 'inheritance', 'association', 'frequency'],
  },
  {
    // subject "am I at risk of variant Creutzfeldt-Jakob disease?" -> susceptibility (risk from an exposure); the body is story only
    subject: 'Lived in the UK 1984-1992 - am I at risk of variant Creutzfeldt-Jakob disease?',
    message:
      "I lived in London for 8 years as a student and then a young nurse and ate beef burgers all the time. Now the blood bank here won't take my donation because of it. I'm 58 and healthy otherwise.",
    focus: 'variant Creutzfeldt-Jakob disease',
    types: ['susceptibility'],
  },
  {
    // "Can he go outside at playtime if he wears the UV suit and sunscreen?" -> lifestyle (school, daily life);
    // "Is he going to get skin cancer even if we are really careful?" -> complications (other problems it leads to);
    // "what is the chance the next one has XP too?" -> inheritance (chance a next baby has it)
    message:
      'Our son Idris is 4 and has xeroderma pigmentosum. He starts reception class in September. Can he go outside at playtime if he wears the UV suit and sunscreen? Is he going to get skin cancer even if we are really careful? My husband and I are cousins, and we are thinking about another baby - what is the chance the next one has XP too?',
    focus: 'xeroderma pigmentosum',
    types: ['lifestyle', 'complications', 'inheritance'],
  },
  {
    // "is that true is it really the fags?" -> association (smoking asked as cause);
    // "if i stop now will it stop getting worse or is it too late" -> prognosis (whether it gets worse)
    message:
      'smoked 30 a day since i was 14, now 44. left foot toes gone black and the vascular guy says Buerger disease and its the smoking. is that true is it realy the fags? if i stop now will it stop getting worse or is it to late',
    focus: 'Buerger disease',
    types: ['association', 'prognosis'],
  },
  {
    // "Is silicosis coming from cutting this stone?" -> association (job exposure asked as cause);
    // "His friends in the same factory, they also need to do the x-ray?" -> diagnosis (should others be tested);
    // "Can it change to cancer?" -> complications (turning into another condition);
    // "Where we can find a lung doctor who knows this disease well?" -> find_specialist (doctors)
    subject: 'kitchen benchtop worker',
    message:
      'Hello, my husband is working 9 years cutting the stone for kitchen benchtops (engineered stone) in Sydney. Now he cough all the time and the x-ray show spots, doctor say maybe silicosis. Is silicosis coming from cutting this stone? His friends in the same factory, they also need to do the x-ray? Can it change to cancer? Where we can find a lung doctor who knows this disease well? He is only 38. Thank you so much',
    focus: 'silicosis',
    types: ['association', 'diagnosis', 'complications', 'find_specialist'],
  },
  {
    // "did she get it from the animals there?" -> association (named exposure asked as cause);
    // "Will her kidneys go back to normal?" -> prognosis (whether she recovers);
    // "can he catch it from her?" -> susceptibility (contagious)
    message:
      'Our daughter (3) spent 2 weeks in PICU with hemolytic uremic syndrome after E. coli, she needed 4 rounds of dialysis. We went to a petting farm the weekend before - did she get it from the animals there? Will her kidneys go back to normal? Her brother is 6 and they share a bathroom, can he catch it from her?',
    focus: 'hemolytic uremic syndrome',
    types: ['association', 'prognosis', 'susceptibility'],
  },
  {
    // "is it contagous??" -> susceptibility (contagious);
    // "what causes it in the first place" -> cause (why it happens);
    // "can he get it again" -> prognosis (course, whether it comes back)
    message:
      'hello my 2 yr old was just discharged after being treated for kawasaki disease with IVIG. is it contagous?? he goes to daycare and I have a newborn at home. what causes it in the first place. can he get it again',
    focus: 'kawasaki disease',
    types: ['susceptibility', 'cause', 'prognosis'],
  },
  {
    // "Was it because the strep throat wasn't treated?" -> association (infection asked as cause);
    // "is that really needed to stop it coming back?" -> prevention (preventing recurrence);
    // "Will it hurt his heart?" -> complications (other problems it leads to)
    subject: 'Rheumatic fever after sore throat',
    message:
      "Kia ora, my son is 11 and has just been diagnosed with rheumatic fever. He had a sore throat a few weeks ago but we didn't take him to the doctor. Was it because the strep throat wasn't treated? The hospital says he needs a penicillin injection every month for 10 years, is that really needed to stop it coming back? Will it hurt his heart? Thanks, Mere",
    focus: 'rheumatic fever',
    types: ['association', 'prevention', 'complications'],
  },
  {
    // "Am I more at risk because I change nappies and wipe noses all day?" -> susceptibility (risk from job exposure);
    // "What can I do at work to avoid getting it?" -> prevention (avoiding it);
    // "can they test the baby before birth if I do catch it?" -> diagnosis (tests)
    message:
      'Hi, I am an early childhood teacher in a toddler room and I am 12 weeks pregnant with my first. A colleague mentioned congenital cytomegalovirus. Am I more at risk because I change nappies and wipe noses all day? What can I do at work to avoid getting it? And can they test the baby before birth if I do catch it?',
    focus: 'congenital cytomegalovirus',
    types: ['susceptibility', 'prevention', 'diagnosis'],
  },
  {
    // "is Zika still a risk there?" -> susceptibility (risk from travel);
    // "how long should we wait after we come back before trying, and does my husband need to wait too" -> prevention (avoiding it in a pregnancy; one question)
    subject: 'honeymoon in brazil',
    message:
      'we are going to brazil for our honeymoon in feb and want to start trying for a baby soon after. is Zika still a risk there? how long should we wait after we come back before trying and does my husband need to wait to',
    focus: 'Zika',
    types: ['susceptibility', 'prevention'],
  },
  {
    // "What are the symptoms of listeriosis that I should look out for?" -> symptoms (its signs);
    // "Could it hurt the baby even if I feel fine?" -> complications (problems it leads to);
    // "Which other foods should I be avoiding" -> prevention (avoiding it)
    message:
      "Hello, I'm 22 weeks pregnant and just back from a week in Normandy. I stupidly ate unpasteurised camembert twice before I realised. What are the symptoms of listeriosis that I should look out for? Could it hurt the baby even if I feel fine? Which other foods should I be avoiding for the rest of the pregnancy? Thank you, Sophie",
    focus: 'listeriosis',
    types: ['symptoms', 'complications', 'prevention'],
  },
  {
    // "Can I have it also?" -> susceptibility (risk from living in the same house, not inheritance);
    // "What test I must do?" -> diagnosis (tests);
    // "there is medicine for cure it?" -> treatment (cure)
    message:
      'Good day. My mother she have Chagas disease, they find it when she give blood. We live all together in a adobe house in Cochabamba when I was child, now I live in Spain. Can I have it also? What test I must do? If I have it, there is medicine for cure it? Thank you very much',
    focus: 'Chagas disease',
    types: ['susceptibility', 'diagnosis', 'treatment'],
  },
  {
    // "Is it contagious, can me or the kids catch it from him?" -> susceptibility (contagious; one question);
    // "Does he need medicine or does it go away by itself?" -> treatment (therapies);
    // "How long until he is back to normal?" -> prognosis (recovery)
    message:
      "We moved to Phoenix from Ohio last year and my husband just got diagnosed with valley fever after a cough that wouldnt go away. Is it contagious, can me or the kids catch it from him? Does he need medicine or does it go away by itself? How long until he's back to normal, he is exhausted all the time.",
    focus: 'valley fever',
    types: ['susceptibility', 'treatment', 'prognosis'],
  },
  {
    // "Could the benzene have caused it?" -> association (chemical asked as cause);
    // "Is the transplant his best chance?" -> treatment (therapies);
    // "would he qualify for any workers compensation" -> other (compensation)
    subject: 'benzene and aplastic anemia',
    message:
      'My husband worked 25 years at a refinery and was regularly around benzene. He now has severe aplastic anemia and is waiting for a bone marrow transplant. Could the benzene have caused it? Is the transplant his best chance? Also, would he qualify for any workers compensation, his union rep was not sure.',
    focus: 'aplastic anemia',
    types: ['association', 'treatment', 'other'],
  },
  {
    // "Are the two linked?" -> association (link between two conditions);
    // "should she be tested too?" -> diagnosis (should someone be tested);
    // "does Ava really have to be 100% gluten free, even at birthday parties?" -> lifestyle (diet)
    message:
      "My daughter Ava (9) has had type 1 diabetes since she was 4 and now her blood test shows celiac disease. Are the two linked? Her sister is 6 - should she be tested too? And does Ava really have to be 100% gluten free, even at birthday parties? She's devastated.",
    focus: 'celiac disease',
    types: ['association', 'diagnosis', 'lifestyle'],
  },
  {
    // "Are these two conditions connected?" -> association (link between two conditions);
    // "Does PSC raise my risk of cancer?" -> complications (other problems it leads to);
    // "Is a liver transplant the only cure?" -> treatment (cure)
    message:
      'I have had ulcerative colitis for 12 years and at my last review my liver numbers were off and an MRCP showed primary sclerosing cholangitis. Are these two conditions connected? Does PSC raise my risk of cancer? Is a liver transplant the only cure? I am 34.',
    focus: 'primary sclerosing cholangitis',
    types: ['association', 'complications', 'treatment'],
  },
  {
    // "Can grief really cause this?" -> association (stress/grief asked as cause);
    // "Can it happen to me again" -> prognosis (course, recurrence);
    // "is there anything I can do to stop it?" -> prevention (preventing another episode)
    message:
      "Dear Sir or Madam, my husband of 52 years died in August and three days after his funeral I was rushed to hospital with chest pains. They told me it was not a heart attack but Takotsubo cardiomyopathy, the 'broken heart' syndrome. Can grief really cause this? Can it happen to me again, and is there anything I can do to stop it? With thanks, Margaret (aged 78)",
    focus: 'Takotsubo cardiomyopathy',
    types: ['association', 'prognosis', 'prevention'],
  },
  {
    // "can stress cause alopecia areata??" -> association (stress asked as cause);
    // "will my hair grow back before prom" -> prognosis (recovery)
    message:
      'got a bald patch like a coin on the back of my head right after my gcse exams, doctor said alopecia areata. can stress cause alopecia areata?? my mum thinks its becuase i was so stressed. will my hair grow back before prom its in 3 months',
    focus: 'alopecia areata',
    types: ['association', 'prognosis'],
  },
  {
    // "can I still drink?" / "Do I need to avoid red meat and my vitamin C tablets?" -> lifestyle (diet, drink; one type);
    // "should they get tested?" -> diagnosis (should someone be tested)
    message:
      'Just diagnosed with hereditary hemochromatosis (C282Y twice) after my ferritin came back at 1100. I love a glass of red wine with dinner - can I still drink? Do I need to avoid red meat and my vitamin C tablets? My kids are 20 and 23 - should they get tested?',
    focus: 'hereditary hemochromatosis',
    types: ['lifestyle', 'diagnosis'],
  },
  {
    // "Could the isotretinoin still harm the baby?" -> contraindications (pregnancy precautions of a medicine);
    // "can it cause depression?" -> side_effects (a medicine's side effects)
    subject: 'isotretinoin and pregnancy',
    message:
      "I finished a 5 month course of isotretinoin about 6 weeks ago and I've just found out I'm pregnant. Could the isotretinoin still harm the baby? I'm terrified. I also felt really low and weepy while I was on it - can it cause depression?",
    focus: 'isotretinoin',
    types: ['contraindications', 'side_effects'],
  },
  {
    // "Is that what caused it?" -> association (earlier medicine asked as cause of the condition);
    // "what are the chances it happens again?" -> inheritance (chance a next baby has it);
    // "Would high dose folic acid prevent it?" -> prevention (preventing it)
    message:
      'Our son was born in June with spina bifida (myelomeningocele). I have epilepsy and took valproate all through the pregnancy because nobody told me to switch. Is that what caused it? We would like another child one day - what are the chances it happens again? Would high dose folic acid prevent it?',
    focus: 'spina bifida',
    types: ['association', 'inheritance', 'prevention'],
  },
  {
    // "Can hydralazine cause lupus?" -> side_effects (whether a problem comes from the medicine);
    // "Should she stop taking it straight away or talk to her cardiologist first?" -> drug_usage (stopping)
    subject: 'hydralazine question',
    message:
      'My mother (71) has taken hydralazine for her blood pressure for about 6 years. Lately she has sore joints and a rash on her cheeks and her ANA test came back positive. Can hydralazine cause lupus? Should she stop taking it straight away or talk to her cardiologist first?',
    focus: 'hydralazine',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Could the metoclopramide have caused it?" -> association (earlier medicine asked as cause of the condition);
    // "will it go away?" -> prognosis (recovery);
    // "Is there any treatment for the movements?" -> treatment (managing it)
    message:
      'My dad (70) was on metoclopramide for his stomach for almost 2 years. Now his lips and tongue keep moving on their own and the neurologist says it is tardive dyskinesia. Could the metoclopramide have caused it? He stopped it 3 months ago - will it go away? Is there any treatment for the movements?',
    focus: 'tardive dyskinesia',
    types: ['association', 'prognosis', 'treatment'],
  },
  {
    // "Is it from the virus or from the salted fish...?" -> association (infection / diet asked as cause);
    // "are they at higher risk since it is in the family?" -> inheritance (chance relatives get it);
    // "Is there a screening blood test for them?" -> diagnosis (screening)
    message:
      'Hello, my father is Cantonese and was diagnosed with nasopharyngeal carcinoma at 56. The doctors mentioned Epstein-Barr virus. Is it from the virus or from the salted fish he ate every day growing up in Guangdong? I have two children - are they at higher risk since it is in the family? Is there a screening blood test for them?',
    focus: 'nasopharyngeal carcinoma',
    types: ['association', 'inheritance', 'diagnosis'],
  },
  {
    // subject "Does beer bring on gout attacks?" -> cause (what brings on its attacks);
    // "what can i take when it flares up" -> treatment (managing attacks)
    subject: 'Does beer bring on gout attacks?',
    message:
      'had my third gout attack this year, big toe again. love my beer and seafood on the weekend. what can i take when it flares up, the ibuprofen isnt doing much',
    focus: 'gout',
    types: ['cause', 'treatment'],
  },
  {
    // "Family members keep telling us the vaccines caused it. Did they?" -> association (vaccine asked as cause);
    // "Which gene is involved?" -> genetic_changes (which gene);
    // "are there any new treatments being studied?" -> research (new treatments researched)
    message:
      'Our daughter had her first seizure at 5 months, the day after her vaccinations, and after genetic testing she was diagnosed with Dravet syndrome. Family members keep telling us the vaccines caused it. Did they? Which gene is involved? And are there any new treatments being studied? Thank you.',
    focus: 'Dravet syndrome',
    types: ['association', 'genetic_changes', 'research'],
  },
  {
    // "Does that raise my risk of melanoma?" -> susceptibility (exposure raises risk);
    // "are my kids at risk because of that?" -> inheritance (chance children get it, family history);
    // "What should I be looking for when I check my moles?" -> symptoms (what it looks like)
    message:
      "I'm 31 and I used sunbeds a lot from 16 to 25, plus I burn really easily. Does that raise my risk of melanoma? My dad had a melanoma removed last year - are my kids at risk because of that? What should I be looking for when I check my moles?",
    focus: 'melanoma',
    types: ['susceptibility', 'inheritance', 'symptoms'],
  },
  {
    // "Can people catch psittacosis from a pet bird?" -> susceptibility (whether someone can catch it);
    // "How do they test for it?" -> diagnosis (tests);
    // "What should we do with the bird and the cage so nobody else gets sick?" -> prevention (avoiding it)
    message:
      'We bought a cockatiel 3 weeks ago and it has been fluffed up and sneezing. Now my husband is in hospital with pneumonia and the doctor asked about birds and said psittacosis. Can people catch psittacosis from a pet bird? How do they test for it? What should we do with the bird and the cage so nobody else gets sick?',
    focus: 'psittacosis',
    types: ['susceptibility', 'diagnosis', 'prevention'],
  },
  {
    // "Am I more likely to get the bad rash with lamotrigine?" -> side_effects (a medicine's side effects);
    // "Is going up slowly on the dose what keeps it safe?" -> drug_usage (dose);
    // "can I take it with my birth control pill?" -> interactions (with other medicines)
    message:
      "I'm about to start lamotrigine for bipolar. My sister had Stevens-Johnson syndrome from carbamazepine a few years ago. Am I more likely to get the bad rash with lamotrigine? Is going up slowly on the dose what keeps it safe? And can I take it with my birth control pill?",
    focus: 'lamotrigine',
    types: ['side_effects', 'drug_usage', 'interactions'],
  },
];
