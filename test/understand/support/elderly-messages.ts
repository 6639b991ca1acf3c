/**
 * Evaluation set "elderly": 40 free-form messages written in the voice of older
 * people (70s to 90s) asking about themselves, a spouse, a brother or an adult
 * child. They are formal letters ("Dear Sir or Madam" ... "Yours faithfully"),
 * long-winded, full of background about the writer's life and lists of medicines,
 * mixing old-fashioned lay terms ("sugar", "water tablets", "heart tablets",
 * "shaking palsy", "the big C", "rheumatics", "blood thinner", "hardening of the
 * arteries") with the proper names, and phrasing questions politely and
 * indirectly ("I should be grateful to know whether ..."). 28 messages are about
 * a single condition (20 rare late-life conditions such as progressive
 * supranuclear palsy, AL amyloidosis, myelodysplastic syndrome, Waldenström
 * macroglobulinemia, inclusion body myositis and bullous pemphigoid, plus 8
 * common conditions of old age), 2 name two conditions and ask how they are
 * related, and 10 are about a medicine. Each message is labelled with its focus
 * (words of the message naming the main condition or medicine, checked to be
 * held by the knowledge base) and one question type per question asked, in the
 * order asked. Written independently of the analyzer code and of public datasets.
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, checking
 * only that each focus is a name the knowledge base holds. Scored once before anything was changed against
 * it: focus 1.000, type F1 0.407 (see BENCHMARKS.md). Scored by elderly.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --elderly --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const ELDERLY_MESSAGES: ConsumerMessage[] = [
  {
    // outlook = prognosis; help for balance = treatment; society/support group = find_specialist
    subject: "My husband's illness – progressive supranuclear palsy",
    message:
      'Dear Sir or Madam, I hope you will forgive a letter from an old woman who is not used to writing to strangers. My husband Harold is 79 and was a carpenter all his working life. For two years he has been falling over backwards for no reason, and his eyes do not seem to look downwards properly, so he misses the stairs. Our own doctor first thought it was the shaking palsy and put him on Sinemet, which did nothing at all. Last month the specialist at the hospital told us he has progressive supranuclear palsy. I had never heard of it. I should be grateful if you could tell me what the outlook is for a man of his age with this condition. I should also like to know whether there is any treatment that might help his balance, as I cannot lift him when he goes down. Lastly, is there a society or support group for families like ours? Our daughter lives in Australia and I have nobody nearby to talk to. Yours faithfully, Margaret Ellis (Mrs)',
    focus: 'progressive supranuclear palsy',
    types: ['prognosis', 'treatment', 'find_specialist'],
  },
  {
    // how long it lasts = prognosis; whether it mostly strikes women of her age = susceptibility (who is at risk)
    message:
      'Dear Sir, I am a widow of 78 and until last winter I was a keen gardener and walked the dog twice a day. In February I woke one morning so stiff in my shoulders and hips that I could not get out of bed without rolling onto the floor. My late husband would have called it the rheumatics. The doctor did blood tests and said it is polymyalgia rheumatica, and I was started on prednisolone, 15 milligrams a day, which worked like magic within two days. I also take amlodipine for my blood pressure and a calcium tablet. I should like to know how long this condition usually lasts before it burns itself out. I should also be glad to learn whether it is true, as a lady at church told me, that it mostly strikes women of my age rather than men. Thanking you in advance, Yours faithfully, Dorothy Pike',
    focus: 'polymyalgia rheumatica',
    types: ['prognosis', 'susceptibility'],
  },
  {
    // lasting damage to eyesight = complications; carrying on driving = lifestyle
    subject: 'Headaches at my temple',
    message:
      'Dear Sir or Madam, I am 81 years old and have lived alone since my wife died four years ago. I served in the merchant navy and have never been one for doctors. Three weeks ago I began to have a dreadful headache on the right side, my scalp was tender when I combed my hair and my jaw ached when I chewed my bacon. The doctor sent me straight to the hospital where they said it is giant cell arteritis and put me on a high dose of steroids. They did mention my eyes but I was too muddled to take it all in. Might it be that this condition could damage my eyesight for good? I should also like to know whether I may carry on driving, as my car is how I get to the shops and to my Tuesday club. Yours faithfully, Albert Thornton',
    focus: 'giant cell arteritis',
    types: ['complications', 'lifestyle'],
  },
  {
    // what causes it to come on = cause; what else can be done beyond the cream = treatment
    message:
      "Dear Sir or Madam, I write on behalf of my wife, Joan, who is 86. We have been married sixty-one years. In the spring she developed an itchy red rash on her arms and tummy, and then large tight blisters full of clear fluid appeared, some as big as a hen's egg. She was seen by a skin specialist, who took a small piece of skin and told us it is bullous pemphigoid. She has been given a strong steroid cream, clobetasol, which I put on for her every morning, as well as her usual tablets for her heart and her water tablets. Joan has never had a day's skin trouble in her life, so I would be grateful if you could tell me what causes this condition to come on so late. I should also like to know what else can be done for it if the cream is not enough, because the blisters are still appearing. Yours faithfully, Frederick Marsh",
    focus: 'bullous pemphigoid',
    types: ['cause', 'treatment'],
  },
  {
    // single question: is it passed down from parent to child = inheritance
    subject: 'A question about Waldenström macroglobulinemia',
    message:
      'Dear Sir or Madam, I am a retired schoolmaster of 79, and I have always believed in finding things out for oneself, so I hope you will not mind my writing. Eighteen months ago a routine blood test showed an abnormal protein, and after a bone marrow test the haematologist told me I have Waldenström macroglobulinemia. At present I am only being watched, with blood tests every three months, and I feel reasonably well apart from some tiredness and nosebleeds. My son and daughter, who are both in their fifties, have become anxious that they may have it in them too. I should be grateful to know whether this condition is passed down in families from parent to child. Yours faithfully, Geoffrey Lambert B.A.',
    focus: 'Waldenström macroglobulinemia',
    types: ['inheritance'],
  },
  {
    // foods to avoid and a glass of sherry with the liver condition = diet/alcohol = lifestyle (one type, asked twice)
    message:
      'Dear Sir or Madam, I am 74 and was a district nurse for thirty years, so I know a little, but not enough. Some years ago I was found to have primary biliary cirrhosis, which I understand is now called primary biliary cholangitis, after my liver tests came back abnormal when I was being checked for something else. I take ursodiol twice a day and the itching is much better. My granddaughter is getting married in the summer and there will be a big dinner. I should be glad to know whether there are any foods I ought to avoid with this liver condition, and whether a small glass of sherry or champagne at the wedding would do me any harm. With many thanks, Yours sincerely, Eileen Morris (Miss)',
    focus: 'primary biliary cholangitis',
    types: ['lifestyle'],
  },
  {
    // tests to be certain = diagnosis; research studies = research; staying in a two-storey house = lifestyle
    subject: "My husband's weak legs",
    message:
      'Dear Sir or Madam, My husband Kenneth is 77 and was a keen bowls player until recently. Over the past few years his thighs have become so weak that he falls without warning, his knees simply give way, and he can no longer grip the kettle properly. Lately he has also had some trouble swallowing his tablets. For a long time we were told it was his age. Finally a neurologist said it is inclusion body myositis. I should be grateful if you could tell me what tests are usually needed to be certain of this diagnosis, as he has so far only had a blood test and some tests with needles in his muscles. I should also like to know whether there are any research studies that a man of his age could take part in. And finally, might you advise whether it is still safe for us to carry on living in our two-storey house, or should we think of moving to a bungalow? Yours faithfully, Patricia Dunn',
    focus: 'inclusion body myositis',
    types: ['diagnosis', 'research', 'lifestyle'],
  },
  {
    // what the condition actually is = information; how common at her age = frequency
    message:
      'Dear Sir or Madam, I am 83 and live in sheltered housing. For some months I have been very tired and short of breath, and the doctor found that my blood count was low. I have now had a bone marrow test and the consultant says I have myelodysplastic syndrome. I have been having a blood transfusion every few weeks, which perks me up for a while. The consultant was very kind but spoke very quickly, and I did not like to keep asking. I would be grateful if you could explain to me in plain terms what this condition actually is. I should also like to know how common it is amongst people of my age, as I had never heard of anybody having it. Yours faithfully, Winifred Hall (Mrs)',
    focus: 'myelodysplastic syndrome',
    types: ['information', 'frequency'],
  },
  {
    // what sort of illness = information; what treatment involves = treatment; outlook = prognosis
    subject: "My brother's amyloidosis",
    message:
      'Dear Sir or Madam, I am writing about my elder brother, Thomas, who is 80 and a retired farmer. He has been swollen in the legs and very short of breath, and his tongue has become large, so that he sometimes bites it. After many tests, including one of his heart and a sample from his tummy fat, the specialists have said he has AL amyloidosis. He has always been a private man and will not tell me much, and his wife passed away last year, so I feel I must find out for him. Could you please tell me what sort of illness this is? I should also be grateful to know what the treatment usually involves, as they have mentioned chemotherapy and he is terrified of it. Lastly, I would like to know what the outlook is for a man of his years. Yours faithfully, Mary Fletcher',
    focus: 'AL amyloidosis',
    types: ['information', 'treatment', 'prognosis'],
  },
  {
    // whether fainting on standing is part of the illness = symptoms (does a sign belong to it)
    message:
      "Dear Sir or Madam, My wife Brenda is 72, some years younger than me. She was diagnosed last year with multiple system atrophy after first being told she had Parkinson's disease. She has become unsteady, her voice is softer, and she has bladder trouble. What worries me most is that she goes grey and faint whenever she stands up from her chair, and twice she has collapsed in the kitchen. I should like to know whether this fainting on standing is a part of her illness or whether it is something else altogether. Yours faithfully, Dennis Clarke",
    focus: 'multiple system atrophy',
    types: ['symptoms'],
  },
  {
    // carrying on driving = lifestyle; which specialist should look after him = find_specialist
    message:
      'Dear Sir, I am 84 and still fairly independent, living alone in the village where I was born. Some months ago my right eyelid began to droop in the evenings and I started seeing double when watching television. After a blood test and an injection test at the eye hospital I was told I have myasthenia gravis. I now take pyridostigmine tablets four times a day. I drive to see my daughter in the next town every Sunday, a journey of about twenty miles. I should like to know whether it is sensible for someone with this condition to carry on driving. I should also be grateful if you could tell me which sort of specialist ought to be looking after me, as I have only seen the eye doctor so far. Yours faithfully, Leonard Price',
    focus: 'myasthenia gravis',
    types: ['lifestyle', 'find_specialist'],
  },
  {
    // what causes it = cause; passed down from parents to children = inheritance
    message:
      "Dear Sir or Madam, At 82 I have had my share of aches and pains, but last year an X-ray of my hip showed that I have Paget's disease of bone, affecting my pelvis and my right shin, which has become bowed and warm to touch. I am also going a little deaf. The doctor gave me an infusion of zoledronic acid and the pain is much eased. My father had a bent leg and walked with a stick, and his brother was the same, so I have often wondered. I should like to know what causes this condition. I should also be grateful to learn whether it can be passed down from parents to their children, as I have three sons. Yours faithfully, Arthur Bennett",
    focus: "Paget's disease of bone",
    types: ['cause', 'inheritance'],
  },
  {
    // which gene is at fault = genetic_changes; chance granddaughters pass it to their sons = inheritance
    subject: 'Kennedy disease in our family',
    message:
      "Dear Sir or Madam, I am 88 years old and I write about my son Peter, who is 62. For some years his muscles have been wasting, he has cramps and twitching, and his speech and swallowing have become a little slurred. He was tested and was told he has Kennedy disease. The doctor explained that it comes through the mother's side, which has upset me terribly, as I had no idea, though my own brother had similar trouble before he died. I should like to know which gene is at fault in this condition. Peter has two grown-up daughters, and I should also be grateful to know what the chances are that they could pass it on to their own sons. Yours faithfully, Edith Carter (Mrs)",
    focus: 'Kennedy disease',
    types: ['genetic_changes', 'inheritance'],
  },
  {
    // single question: why this illness happens = cause
    subject: 'Corticobasal degeneration',
    message:
      'Dear Sir or Madam, My husband is 75 and was an engineer, very clever with his hands. About two years ago his left hand began to behave as though it did not belong to him, wandering about and grasping things on its own, and he became stiff and clumsy on that side. After many visits to the hospital we were told it is corticobasal degeneration. He is now in a wheelchair part of the time and I look after him at home with some help from a carer. Neither of us smoked or drank much, and we have always eaten sensibly. I should be grateful to know what is understood about why this illness happens. Yours faithfully, Sheila Morgan',
    focus: 'corticobasal degeneration',
    types: ['cause'],
  },
  {
    // risk of stroke or clots from it = complications; long flight = travel = lifestyle; children inherit = inheritance
    message:
      'Dear Sir or Madam, I am a retired bank clerk of 79 and have been told I have essential thrombocythemia, which I understand means my blood has too many platelets. I take hydroxyurea capsules every day as well as a low-dose aspirin, bisoprolol for my heart and atorvastatin for cholesterol. I should be grateful if you could tell me whether this condition puts me at risk of a stroke or of clots in the legs. My grandson is getting married in Canada next spring and I should very much like to go, so I should also like to know whether a long flight is advisable for someone like me. Finally, might it be something my children could inherit from me? Yours faithfully, Raymond Hughes',
    focus: 'essential thrombocythemia',
    types: ['complications', 'lifestyle', 'inheritance'],
  },
  {
    // single question: will it get worse as time goes on = prognosis
    message:
      'Dear Sir or Madam, I am 85 and, apart from my knees, I have been remarkably well. At a check-up last year the doctor found an odd protein in my blood and sent me to a specialist, who said it is monoclonal gammopathy of undetermined significance. She was most reassuring and said it is not the big C, but I am to have blood tests every six months for the rest of my life. My family are worried I am not telling them everything. I should like to know whether this condition is likely to get worse as time goes on. Yours faithfully, Violet Atkinson',
    focus: 'monoclonal gammopathy of undetermined significance',
    types: ['prognosis'],
  },
  {
    // single request: how to manage day to day in winter = living with it = lifestyle
    subject: "Cold hands and my wife's blood",
    message:
      'Dear Sir or Madam, My wife Gwen is 81. For several winters her fingers and the tips of her ears have gone a dusky blue colour in the cold, and she has been anaemic and very tired. After a good many blood tests the haematologist has told us she has cold agglutinin disease. We live in an old stone cottage in the Yorkshire Dales which is hard to keep warm, and she likes to do her own shopping in the market town. I should be grateful for any advice on how she ought to manage day to day during the winter months. Yours faithfully, Norman Whitaker',
    focus: 'cold agglutinin disease',
    types: ['lifestyle'],
  },
  {
    // other treatments including an operation = treatment
    message:
      'Dear Sir or Madam, I am 80 and for the past year I have suffered terrible stabbing pains on the right side of my face, like electric shocks, set off by brushing my teeth or a cold wind. The doctor says it is trigeminal neuralgia. I was given carbamazepine, which helps the pain but makes me so unsteady on my feet that I have fallen twice, and I live alone. I also take levothyroxine and a water tablet. I should be grateful to know what other treatments there are for this condition, including whether an operation might be suitable at my age. Yours faithfully, Irene Wallace (Mrs)',
    focus: 'trigeminal neuralgia',
    types: ['treatment'],
  },
  {
    // how doctors diagnose it = diagnosis; what will happen to his speech over the years = prognosis
    message:
      'Dear Sir or Madam, My husband Bernard is 74 and was a solicitor. Over the last two years he has been losing his words; he knows what he wants to say but cannot find the name for things, and now his sentences come out in pieces. His memory for what we did yesterday still seems good. The neurologist has said it is primary progressive aphasia. I should be grateful if you could tell me how doctors are able to diagnose this, because he has had a brain scan and some word tests and I am not sure what they showed. I should also like to know what is likely to happen to his speech as the years go on, so that I can prepare our children. Yours faithfully, Audrey Sinclair',
    focus: 'primary progressive aphasia',
    types: ['diagnosis', 'prognosis'],
  },
  {
    // how common in elderly people = frequency; what causes it to come on late = cause
    subject: 'Bruising in old age',
    message:
      'Dear Sir or Madam, I am 88 and in February I noticed enormous purple bruises on my arms and thighs without having knocked myself. Then I bled for hours after a tooth was taken out. I was admitted to hospital and after many tests they told me I have acquired hemophilia. I had always thought haemophilia was something boys were born with. I should like to know how common this condition is in elderly people. I should also be grateful if you could tell me what causes it to come on so late in life. Yours faithfully, Cecily Holmes',
    focus: 'acquired hemophilia',
    types: ['frequency', 'cause'],
  },
  {
    // walking and dancing = exercise = lifestyle; whether it will shorten his life = prognosis
    subject: 'The shaking palsy',
    message:
      "Dear Sir or Madam, My husband Jack is 82 and was a postman for forty years, so he has always walked a great deal. Three years ago he was found to have Parkinson's disease, or the shaking palsy as my mother would have called it. He takes Sinemet four times a day, and also amlodipine and tamsulosin. His tremor is not too bad but he shuffles and is slow to get going. He has been invited to join a dancing class for people with his condition at the church hall. I should like to know whether exercise such as walking and dancing will do him good. I should also be grateful if you could tell me whether this illness is likely to shorten his life. Yours faithfully, Rose Jenkins (Mrs)",
    focus: "Parkinson's disease",
    types: ['lifestyle', 'prognosis'],
  },
  {
    // what harm the diabetes can do to feet and eyes = complications
    message:
      'Dear Sir or Madam, I am 86 and have had diabetes, or sugar as we always called it, for about twelve years. I manage it with metformin tablets and by keeping off cakes, though that is not easy for a woman who used to run a tea shop. I also take ramipril and simvastatin. My neighbour has just had two toes removed because of her sugar, and this has frightened me. I would be grateful if you could tell me what harm the diabetes can do to my feet and my eyes over time. Yours faithfully, Gladys Roberts (Mrs)',
    focus: 'diabetes',
    types: ['complications'],
  },
  {
    // what makes the heart go out of rhythm = cause; tests to confirm it = diagnosis
    message:
      'Dear Sir or Madam, I am 90 and still live in my own flat with a little help. A few weeks ago I felt my heart fluttering and racing, and was rather breathless on the stairs. The doctor said my heart is irregular and that I have atrial fibrillation, and she has put me on apixaban and bisoprolol. I should like to know what causes the heart to go out of rhythm in this way, as I have never had heart trouble before. I should also be grateful to know what tests are used to confirm it, as the doctor only listened with her stethoscope and did a tracing. Yours faithfully, Harold Webb',
    focus: 'atrial fibrillation',
    types: ['cause', 'diagnosis'],
  },
  {
    // whether sight will keep getting worse = prognosis; trials of new treatments = research
    message:
      'Dear Sir or Madam, I am 84, a widow, and have lived alone since my husband passed on. My eyesight has been failing for some time, and the straight lines of the window frames look wavy. The optician sent me to the eye hospital, where I was told I have macular degeneration, the dry kind, for which they said there is no injection. Reading has always been my great pleasure and I fear most of all losing my independence. I should be grateful if you could tell me whether my sight is likely to go on getting worse until I am quite blind. I should also like to know whether there are any trials of new treatments that I might be able to join. Yours faithfully, Hilda Fairbanks',
    focus: 'macular degeneration',
    types: ['prognosis', 'research'],
  },
  {
    // runs in families (daughters) = inheritance; what exercise is safe = lifestyle
    message:
      'Dear Sir or Madam, I am 79 and last winter I slipped on the ice and broke my wrist. A bone scan afterwards showed that I have osteoporosis. My mother had a great hump on her back in her last years, and her sister broke her hip. I now take alendronate once a week and a calcium and vitamin D tablet. I should be grateful to know whether this condition runs in families, as I have two daughters in their fifties. I should also like to know what kind of exercise is safe for me now, as I used to enjoy my keep-fit class but am frightened of breaking something. Yours faithfully, Marjorie Shaw',
    focus: 'osteoporosis',
    types: ['inheritance', 'lifestyle'],
  },
  {
    // an injection or anything to stop him getting it again = prevention
    message:
      'Dear Sir or Madam, My husband is 87 and last autumn he had shingles on his chest, a band of blisters round one side which was agony for weeks, and even now the skin is sore to the touch. He is on a good many tablets already, for his heart, his water and his prostate. His brother has had shingles twice. I should like to know whether there is an injection or anything else that would stop him getting shingles again. Yours faithfully, Enid Lawson (Mrs)',
    focus: 'shingles',
    types: ['prevention'],
  },
  {
    // which signs should make him call the doctor = symptoms; salt and how much to drink = diet = lifestyle
    subject: 'Swollen ankles',
    message:
      'Dear Sir or Madam, My wife is 83 and has been told she has heart failure. She takes furosemide, the water tablets, every morning, and bisoprolol and ramipril besides. Her ankles swell by the evening and she gets breathless walking up the garden path. We live on our own, our children being spread about the country, and I worry about knowing when something is wrong. I should be grateful to know which signs of this illness ought to make me call the doctor straight away. I should also like to know whether she ought to cut down on salt, and how much she should be drinking each day. Yours faithfully, George Pearson',
    focus: 'heart failure',
    types: ['symptoms', 'lifestyle'],
  },
  {
    // what brings it on = cause; what can be done to treat it = treatment
    message:
      'Dear Sir or Madam, I am 91 and smoked a pipe from the age of sixteen until my seventieth birthday. I get a cramping pain in my calves when I walk to the post office, which goes off when I stand still. The doctor tells me it is hardening of the arteries, and that I have it in my heart as well, which explains my angina. I take aspirin, a statin and a spray under my tongue when needed. I should like to know what brings this condition on in the first place. I should also be grateful to know what can be done to treat it, as I would like to walk to the post office without stopping. Yours faithfully, Wilfred Coates',
    focus: 'hardening of the arteries',
    types: ['cause', 'treatment'],
  },
  {
    // two conditions: connection between PMR and GCA = association; signs of GCA to look out for = symptoms (focus GCA, the condition asked about in both questions)
    subject: 'Polymyalgia rheumatica and giant cell arteritis',
    message:
      'Dear Sir or Madam, I am 76 and have had polymyalgia rheumatica for about a year, for which I take prednisolone every morning. My doctor has warned me to watch out for giant cell arteritis, which she said could affect my sight, but the appointment was short and I came away none the wiser. I should be grateful if you could tell me whether there is any connection between the two conditions. I should also like to know what signs of giant cell arteritis I ought to look out for, since I live alone and should need to act quickly. Yours faithfully, Beatrice Dawson',
    focus: 'giant cell arteritis',
    types: ['association', 'symptoms'],
  },
  {
    // two conditions: connection between Parkinson's and the skin complaint = association; how long the blistering lasts = prognosis (focus the new condition)
    message:
      "Dear Sir or Madam, My husband Walter is 84 and has had Parkinson's disease for nine years. This summer he developed large blisters on his legs and arms, and the skin doctor told us it is bullous pemphigoid. The nurse at the clinic mentioned that people with Parkinson's disease seem to get this skin complaint more often. I should be grateful to know whether there is indeed a connection between the two illnesses. I should also like to know how long the blistering is likely to last, as it is making him very miserable. Yours faithfully, Joyce Palmer",
    focus: 'bullous pemphigoid',
    types: ['association', 'prognosis'],
  },
  {
    // green vegetables and stout with warfarin = interactions; forgotten dose = drug_usage; easy bruising = side_effects
    subject: 'My blood thinner',
    message:
      'Dear Sir or Madam, I am 85 and have been on warfarin, my blood thinner, for about six years because of an irregular heartbeat. I go to the clinic for my blood test every few weeks. My other tablets are digoxin, furosemide and omeprazole. My late wife always grew spinach and sprouts and I still keep up the vegetable patch. I should be grateful to know whether eating green vegetables interferes with the warfarin, and whether my glass of stout of an evening is allowed. I should also like to know what I ought to do if I forget a dose, as my memory is not what it was. Lastly, is it usual to bruise so easily on this medicine? Yours faithfully, Stanley Fowler',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage', 'side_effects'],
  },
  {
    // taking the tablet later in the day = when/how to take = drug_usage
    subject: 'Water tablets and the bridge club',
    message:
      "Dear Sir or Madam, I am 88 and play bridge at the community centre on Tuesday and Thursday mornings, which is my great outing of the week. I take furosemide, my water tablet, every morning with breakfast, along with my heart tablets and a potassium tablet. The trouble is that I am forever running to the ladies' during the game, which is most embarrassing. I should like to know whether I might take the furosemide later in the day on bridge days instead of in the morning. Yours faithfully, Phyllis Carrington (Mrs)",
    focus: 'furosemide',
    types: ['drug_usage'],
  },
  {
    // upset stomach from metformin = side_effects; people with weak kidneys ought not to take it = contraindications
    message:
      'Dear Sir or Madam, My husband is 79 and has had the sugar, type 2 diabetes, for some years. He takes metformin twice a day, and also lisinopril, atorvastatin and an aspirin. Since the doctor increased his metformin in the spring he has had an upset stomach and loose bowels, which makes him reluctant to go out. I would be grateful if you could tell me whether the metformin could be the cause of this. His recent blood test showed his kidneys are not working as well as they did, and I should also like to know whether people with weak kidneys ought not to take it at all. Yours faithfully, Doris Kendall (Mrs)',
    focus: 'metformin',
    types: ['side_effects', 'contraindications'],
  },
  {
    // stopping suddenly = drug_usage; thinning the bones = side_effects
    message:
      'Dear Sir or Madam, I am 80 and have been taking prednisolone for polymyalgia rheumatica for eight months, now down to 7 milligrams a day. I am going to stay with my sister in Cornwall for a fortnight and I am afraid I may not have enough tablets to last. I should be grateful to know whether it would be harmful to stop them suddenly for a few days until I can get more. I should also like to know whether these tablets can thin the bones, as I had a fall last year and my hips are a worry. Yours faithfully, Ada Simmons',
    focus: 'prednisolone',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // what the medicine is meant to do = indication; vivid dreams from the tablets = side_effects
    subject: "My wife's memory tablets",
    message:
      "Dear Sir or Madam, My wife Eleanor is 83 and was diagnosed with Alzheimer's disease last year, after she began losing her way home from the shops and forgetting our grandchildren's names. The memory clinic started her on donepezil, which she takes at bedtime. I am 86 myself and look after her at home. The doctor told us it would not cure her, and I confess I am not clear what it is supposed to do. I should be grateful if you could tell me what exactly this medicine is meant to do for her. Since she began taking it she has had very vivid dreams and wakes up frightened, and I should also like to know whether the tablets could be to blame. Yours faithfully, Herbert Lowe",
    focus: 'donepezil',
    types: ['indication', 'side_effects'],
  },
  {
    // what to do after a missed weekly tablet = drug_usage; steamy bathroom cabinet = storage_disposal
    message:
      'Dear Sir or Madam, I am 77 and take alendronate once a week on a Monday morning for thinning bones, as well as a daily calcium tablet, amlodipine and a thyroid tablet. I live alone and my memory is not what it was. Sometimes I do not remember until Tuesday or Wednesday that I have missed my Monday tablet. I should be grateful to know what I should do when that happens. I keep all my tablets in the bathroom cabinet above the bath, which gets rather steamy, and I should also like to know whether that is a suitable place to store them. Yours faithfully, Lilian Parsons',
    focus: 'alendronate',
    types: ['drug_usage', 'storage_disposal'],
  },
  {
    // ibuprofen together with apixaban = interactions
    message:
      'Dear Sir or Madam, I am 82 and was recently changed from warfarin to apixaban for my atrial fibrillation, which means no more blood tests, thank goodness. I have bad arthritis in both knees and for many years I have taken ibuprofen tablets from the chemist when they are at their worst, as well as my heart tablets. I should be grateful to know whether it is safe to take ibuprofen together with the apixaban. Yours faithfully, Douglas Ferguson',
    focus: 'apixaban',
    types: ['interactions'],
  },
  {
    // poor appetite, sickness and yellow vision possibly caused by digoxin = side_effects
    subject: "My husband's heart tablets",
    message:
      'Dear Sir or Madam, My husband is 90 and has taken digoxin, one of his heart tablets, for many years, along with warfarin and furosemide. He has recently gone right off his food, he feels sick after breakfast, and yesterday he told me everything looked yellowish, like an old photograph. He is very deaf and does not like to bother the doctor. I should be grateful to know whether the digoxin could be causing these troubles. Yours faithfully, Elsie Cartwright (Mrs)',
    focus: 'digoxin',
    types: ['side_effects'],
  },
  {
    // grapefruit juice with the tablet = interactions; people who should not take it (old liver trouble) = contraindications
    message:
      'Dear Sir or Madam, I am 76 and my doctor has started me on simvastatin for my cholesterol, which she says is too high for a man who has had a mild stroke. I also take clopidogrel and amlodipine. I have a glass of grapefruit juice every morning with my breakfast, as I have done since my days in the army. I should be grateful to know whether grapefruit juice is allowed with this tablet. My sister says statins are not suitable for anybody who has had liver trouble, and as I had jaundice many years ago, I should also like to know whether there are people who should not take simvastatin. Yours faithfully, Cyril Bradshaw',
    focus: 'simvastatin',
    types: ['interactions', 'contraindications'],
  },
  {
    // what the tablets contain (lactose) = ingredients
    subject: 'What is in my thyroid tablets?',
    message:
      'Dear Sir or Madam, I am 81 and have taken levothyroxine every morning for an underactive thyroid for nearly twenty years without any trouble. Recently I have been told by the hospital that I cannot tolerate milk sugar, lactose, and must keep away from it. My daughter read that some tablets are made with lactose. I should be grateful if you could tell me what the levothyroxine tablets contain. Yours faithfully, Mabel Thornbury',
    focus: 'levothyroxine',
    types: ['ingredients'],
  },
];
