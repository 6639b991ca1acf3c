/**
 * "pets" set. Messages about infections caught from pets, farm animals or wildlife (toxoplasmosis, psittacosis,
 * Lyme disease, cat scratch disease, rabies, Q fever, brucellosis), allergies to animals, and keeping pets with
 * a condition or a medicine. Written by someone who had read neither the understanding or retrieval code nor any
 * earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus is a
 * name the knowledge base holds. Scored once, before any change made for it (focus 1.000, type F1 0.768). Scored
 * by pets.test.ts and by `npx tsx test/understand/support/score-messages.ts --pets --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const PETS_MESSAGES: ConsumerMessage[] = [
  // why: "can I keep them if my husband does the litter box" asks how to avoid catching it (prevention)
  {
    subject: 'Cats and pregnancy',
    message:
      "Hi, I just found out I'm 8 weeks pregnant and we have two indoor cats. My mum keeps telling me I have to get rid of them because of toxoplasmosis. Can I keep them if my husband does the litter box from now on?",
    focus: 'toxoplasmosis',
    types: ['prevention'],
  },
  // why: "is a red ring like that one of the signs" asks symptoms; "does he need antibiotics" asks treatment
  {
    message:
      'My son (9) had a tick on his leg after camping last weekend and now there is a red ring around the spot about the size of a coaster. Is a red ring like that one of the signs of Lyme disease? Does he need antibiotics even though he feels fine?',
    focus: 'Lyme disease',
    types: ['symptoms', 'treatment'],
  },
  // why: "what exactly is it" asks information; "how do they test for it" asks diagnosis; "should the rest of us be worried about catching it" asks susceptibility
  {
    subject: 'parrot fever?',
    message:
      "My father-in-law keeps about 30 budgies and cockatiels in an aviary behind his house. He's had a cough and fever for two weeks and the GP mentioned psittacosis. What exactly is it? How do they test for it? And should the rest of us who visit the birds be worried about catching it?",
    focus: 'psittacosis',
    types: ['information', 'diagnosis', 'susceptibility'],
  },
  // why: "how long does it usually take for the swelling to go down" asks the course (prognosis)
  {
    message:
      "Our daughter got scratched by the neighbour's kitten and now a lymph node under her arm is swollen like a marble. The doctor said it is cat scratch disease and to wait it out. How long does it usually take for the swelling to go down?",
    focus: 'cat scratch disease',
    types: ['prognosis'],
  },
  // why: "can she still go to school" asks daily life (lifestyle); "what cream do we use" asks treatment
  {
    message:
      'we just got a guinea pig for the kids and now my youngest has a round itchy patch on her arm, the vet said the guinea pig has ringworm. can she still go to school?? and what cream do we use',
    focus: 'ringworm',
    types: ['lifestyle', 'treatment'],
  },
  // why: "could we have been exposed without noticing a bite" asks whether they can catch it (susceptibility); "first symptoms" asks symptoms; "almost always fatal" asks the outlook (prognosis)
  {
    subject: 'Bat in our bedroom',
    message:
      'Woke up last night with a bat flying around our bedroom. We got it out the window and neither of us remembers being bitten. Could we have been exposed to rabies without noticing a bite? What are the first symptoms we should watch for? Is it true that once symptoms start it is almost always fatal?',
    focus: 'rabies',
    types: ['susceptibility', 'symptoms', 'prognosis'],
  },
  // why: "can Q fever harm an unborn baby" asks what problems it can lead to (complications)
  {
    message:
      "I'm a sheep farmer in Somerset and we've had a run of abortions in the ewes this lambing season. The vet has raised Q fever. My wife is expecting our second baby in the summer. Can Q fever harm an unborn baby?",
    focus: 'Q fever',
    types: ['complications'],
  },
  // why: "could it be that" asks whether his signs could be it (diagnosis); "can it damage his kidneys or liver" asks complications
  {
    message:
      'My partner does triathlons and swam in a river after heavy rain. Now he has a high fever, terrible pain in his calves and red eyes. A friend said it might be leptospirosis from rat urine in the water. Could it be that? Can it damage his kidneys or liver?',
    focus: 'leptospirosis',
    types: ['diagnosis', 'complications'],
  },
  // why: "is there anything he can take" asks treatment
  {
    subject: 'Allergic to our new dog',
    message:
      "My husband has always had a mild allergy to dogs, so we bought a labradoodle because they're supposed to be hypoallergenic. Well, his eyes are streaming and he sneezes constantly. Is there anything he can take so we don't have to rehome her? The kids adore her.",
    focus: 'allergy',
    types: ['treatment'],
  },
  // why: "is it ok to take it long-term" asks how to take it (drug_usage); "does it make you sleepy" asks side_effects
  {
    message:
      "I take cetirizine every day for my cat allergy. Is it ok to take it long-term, like for years? And does it make you sleepy, because I've been so tired lately.",
    focus: 'cetirizine',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "is it safe for her to have a dog" asks daily life with pets (lifestyle); "infections more dangerous for her" asks whether her condition raises the risk (susceptibility); "extra vaccines" asks prevention
  {
    message:
      "Our 7-year-old has sickle cell disease and takes penicillin every day. She is desperate for a puppy. Is it safe for her to have a dog when her spleen doesn't work properly? Are infections from dog bites more dangerous for her than for other kids? Should she have any extra vaccines to protect her?",
    focus: 'sickle cell disease',
    types: ['lifestyle', 'susceptibility', 'prevention'],
  },
  // why: "does methotrexate make it easier for me to catch salmonella" asks about a problem coming from the medicine (side_effects)
  {
    message:
      "I'm on methotrexate for rheumatoid arthritis and we keep six hens in the garden. I do all the cleaning of the coop. Does methotrexate make it easier for me to catch salmonella from them?",
    focus: 'methotrexate',
    types: ['side_effects'],
  },
  // why: "what is toxocariasis" asks information
  {
    message:
      "What is toxocariasis? The school nurse sent a letter home about dog poo in the playground and it mentioned this word but didn't explain it.",
    focus: 'toxocariasis',
    types: ['information'],
  },
  // why: "will it get better if he gives up the birds" asks the outlook (prognosis); "is there a medicine" asks treatment
  {
    subject: 'Grandad and his pigeons',
    message:
      "My grandad has raced pigeons for 50 years and the lung specialist now says he has hypersensitivity pneumonitis from the birds. Will it get better if he gives up the birds? He'd be heartbroken. Is there a medicine that would let him keep them?",
    focus: 'hypersensitivity pneumonitis',
    types: ['prognosis', 'treatment'],
  },
  // why: "is it normal to still have symptoms this long after" asks the course (prognosis); "could my dogs bring ticks in and give it to me again" asks whether she can catch it again (susceptibility); "any studies" asks research
  {
    message:
      "I was diagnosed with Lyme disease two years ago after a tick bite while walking my dogs in the woods. I had three weeks of doxycycline but I still have joint pain and I'm exhausted all the time. Is it normal to still have symptoms this long after treatment? Could my dogs bring ticks into the house and give it to me again? Are there any studies looking at people like me?",
    focus: 'Lyme disease',
    types: ['prognosis', 'susceptibility', 'research'],
  },
  // why: "with food or on an empty stomach" asks how to take it (drug_usage)
  {
    message:
      'Dr gave me doxycycline after a tick bite, just one single dose of 2 tablets. Do I take it with food or on an empty stomach?',
    focus: 'doxycycline',
    types: ['drug_usage'],
  },
  // why: "is this normal from the vaccine" asks whether the problem comes from the medicine (side_effects)
  {
    subject: 'rabies vaccine reaction',
    message:
      'I had my second rabies vaccine yesterday after a monkey bit me in Bali and my arm is really swollen and I feel feverish and achy. Is this normal from the vaccine?',
    focus: 'rabies vaccine',
    types: ['side_effects'],
  },
  // why: "is he at greater risk because of the HIV" asks susceptibility; "how can he avoid getting it" asks prevention
  {
    message:
      'My brother is HIV positive and he just adopted a kitten from a shelter. Is he at greater risk of cat scratch disease because of the HIV? How can he avoid getting it without giving up the kitten?',
    focus: 'cat scratch disease',
    types: ['susceptibility', 'prevention'],
  },
  // why: "how is it caught, is it only milk" asks cause; "how long is the treatment" asks treatment; "can it come back later" asks the course (prognosis)
  {
    message:
      'My uncle in Turkey drank raw milk from his goats and now they tell him he has brucellosis. How do people catch it exactly, is it only from milk? How long is the treatment? Can it come back later even after he finishes the medicine?',
    focus: 'brucellosis',
    types: ['cause', 'treatment', 'prognosis'],
  },
  // why: "is terbinafine safe while breastfeeding" asks a precaution (contraindications)
  {
    message:
      "Is terbinafine safe while breastfeeding? I caught ringworm from our cat and the GP wants to give me tablets because the cream didn't work. Baby is 4 months.",
    focus: 'terbinafine',
    types: ['contraindications'],
  },
  // why: "is there a vaccine for people" asks prevention; "is he at higher risk because of his job" asks susceptibility
  {
    message:
      'Our dog got the lepto vaccine at the vet last week. Is there a vaccine for leptospirosis for people too? My husband works in the sewers. Is he at higher risk because of his job?',
    focus: 'leptospirosis',
    types: ['prevention', 'susceptibility'],
  },
  // why: "will he grow up normally" asks the outlook (prognosis)
  {
    subject: 'Our baby tested positive',
    message:
      'Our newborn son has been diagnosed with congenital toxoplasmosis. I had no idea I had caught it while I was pregnant and I feel terrible. The doctors are checking his eyes and his head scans. Will he grow up normally?',
    focus: 'congenital toxoplasmosis',
    types: ['prognosis'],
  },
  // why: "can she keep riding" asks daily life (lifestyle); "is there a treatment that would stop the reaction" asks treatment; "could she grow out of it" asks the outlook (prognosis)
  {
    message:
      "My 14 yo daughter has allergic asthma and she is mad about horses. Every time she's at the stables she starts wheezing. Can she keep riding? Is there a treatment that would stop the reaction to horses? Could she grow out of it?",
    focus: 'allergic asthma',
    types: ['lifestyle', 'treatment', 'prognosis'],
  },
  // why: "can the parrot stay with her" asks daily life with a pet (lifestyle); "can she get it again" asks whether she can catch it (susceptibility)
  {
    subject: 'Mum and her parrot',
    message:
      'Hello, my mother was in hospital for two weeks with pneumonia and they found out it was psittacosis, most likely from her African grey. She is 78. Can the parrot stay with her when she comes home? Can she get it again from him?',
    focus: 'psittacosis',
    types: ['lifestyle', 'susceptibility'],
  },
  // why: "how common is Q fever" asks frequency
  {
    message:
      'How common is Q fever in Australia? My son is heading off to work on a cattle station in Queensland for a year.',
    focus: 'Q fever',
    types: ['frequency'],
  },
  // why: "first symptoms" asks symptoms; "how should I clean the rest safely" asks how to avoid catching it (prevention)
  {
    subject: 'mouse droppings in shed',
    message:
      'I cleaned out half of an old shed full of mouse droppings last weekend without a mask, sweeping everything up. What are the first symptoms of hantavirus? And how should I clean the rest of it safely?',
    focus: 'hantavirus',
    types: ['symptoms', 'prevention'],
  },
  // why: "does fingolimod lower my defences enough to pick up infections" asks side_effects; "anything I need to be careful about" asks precautions (contraindications)
  {
    message:
      "I've just started fingolimod for my MS and we have two cats and a rescue dog. Does fingolimod lower my defences enough that I could pick up infections from them? Is there anything I need to be careful about while on it, like cleaning the litter tray?",
    focus: 'fingolimod',
    types: ['side_effects', 'contraindications'],
  },
  // why: "is there an allergy test that shows whether it's my cats or dust" asks diagnosis
  {
    message:
      "My boyfriend sneezes non stop whenever he stays at my place. Is there an allergy test that shows whether it's my cats or just the dust?",
    focus: 'allergy',
    types: ['diagnosis'],
  },
  // why: "how is it diagnosed" asks diagnosis; "how rare is it" asks frequency
  {
    message:
      'A friend of mine skinned a rabbit he had shot and now has an ulcer on his hand and a swollen gland in his armpit. The doctor mentioned tularemia, which none of us had ever heard of. How is it diagnosed? How rare is it?',
    focus: 'tularemia',
    types: ['diagnosis', 'frequency'],
  },
  // why: "could this be rat-bite fever" asks whether her signs could be it (diagnosis); "is it treated with antibiotics" asks treatment
  {
    message:
      'My daughter keeps pet rats and one bit her finger a week ago. Now she has a fever and a rash on her hands and feet and her knees hurt. Could this be rat-bite fever? Is it treated with antibiotics?',
    focus: 'rat-bite fever',
    types: ['diagnosis', 'treatment'],
  },
  // why: "which pets are safe for him" asks daily life (lifestyle); "could hay and straw give him a fungal infection" asks whether an exposure raises his risk (susceptibility); "treatment that prevents these infections" asks prevention
  {
    message:
      'Our son has chronic granulomatous disease. Which pets are safe for him to have, if any? Is it true that the hay and straw for a rabbit could give him a fungal infection? Is there a treatment that prevents these infections?',
    focus: 'chronic granulomatous disease',
    types: ['lifestyle', 'susceptibility', 'prevention'],
  },
  // why: "can a small child catch a salmonella infection from a pet turtle" asks whether someone can catch it (susceptibility)
  {
    message:
      'Our 4 year old has been begging for a turtle but my sister says reptiles are dirty. Can a small child catch a salmonella infection from a pet turtle?',
    focus: 'salmonella infection',
    types: ['susceptibility'],
  },
  // why: "how long does he need to take it" asks how to take it (drug_usage); "can it cause headaches" asks side_effects
  {
    subject: 'griseofulvin question',
    message:
      "The doctor prescribed griseofulvin for my son's scalp ringworm that he got from the farm cats. How long does he need to take it for? Can it cause headaches? He's been complaining every day since he started.",
    focus: 'griseofulvin',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "what is toxoplasmosis" asks information; "how do people get it, is it only from cats" asks cause; "how is it treated" asks treatment
  {
    message:
      'What is toxoplasmosis, how do people get it and is it only from cats? I read that raw meat can give it too. And how is it treated if you get it?',
    focus: 'toxoplasmosis',
    types: ['information', 'cause', 'treatment'],
  },
  // why: "is there really a link" between toxoplasmosis and schizophrenia asks association
  {
    message:
      'I read an article saying toxoplasmosis from cats can cause schizophrenia. My brother has schizophrenia and we always had cats growing up. Is there really a link?',
    focus: 'toxoplasmosis',
    types: ['association'],
  },
  // why: "is it safe to have a dog after a kidney transplant" asks daily life (lifestyle); "which infections from animals should we watch out for" asks her risk of catching them (susceptibility)
  {
    message:
      'My wife had a kidney transplant last year and everything is going well. The kids want a dog for Christmas. Is it safe to have a dog after a kidney transplant? Which infections from animals should we watch out for?',
    focus: 'kidney transplant',
    types: ['lifestyle', 'susceptibility'],
  },
  // why: "can Lyme disease harm the baby" asks complications; "which antibiotics are safe if I get it" asks treatment; "should I get a blood test now" asks diagnosis
  {
    subject: 'tick bite while pregnant',
    message:
      "I'm 22 weeks pregnant and pulled a tick off my belly after gardening yesterday. It was there maybe a day. Can Lyme disease harm the baby? Which antibiotics are safe in pregnancy if I do get it? Should I get a blood test now?",
    focus: 'Lyme disease',
    types: ['complications', 'treatment', 'diagnosis'],
  },
  // why: "can they catch it from the ducks" asks whether someone can catch it (susceptibility)
  {
    message:
      'I take my grandchildren to feed the ducks at the park every Saturday. With all the news about bird flu, can they catch it from the ducks? Grandma worries.',
    focus: 'bird flu',
    types: ['susceptibility'],
  },
  // why: "is this ringworm or eczema, how do you tell them apart" asks diagnosis; "is it contagious to her brother" asks susceptibility
  {
    message:
      'My daughter has a red scaly ring on her cheek and we got a new kitten a month ago. Is this ringworm or eczema, how do you tell them apart? Is it contagious to her little brother?',
    focus: 'ringworm',
    types: ['diagnosis', 'susceptibility'],
  },
  // why: "how long will my son be ill" asks the course (prognosis); "can his little sister catch it" asks susceptibility; "should he stay off school and swimming" asks daily life (lifestyle)
  {
    subject: 'school farm visit',
    message:
      'After a school trip to a farm where they bottle-fed baby calves, half the class has had diarrhoea and the school says it is cryptosporidiosis. How long will my son be ill? Can his little sister catch it from him? Should he stay off school and swimming lessons, and for how long?',
    focus: 'cryptosporidiosis',
    types: ['prognosis', 'susceptibility', 'lifestyle'],
  },
];
