-- The ministries of justice and foreign affairs that sit on prisoner-transfer approval chains (issue 15).
-- Thailand's Ministry of Justice is already in V2_2. Heads are left out: no reliable source was at hand.
insert into agency (id, parent_id, country, type, name, native_name, native_name_latin, abbreviation,
                    head_name, head_native_name, head_title, head_noted_year) values
    ('KH/MOJ', null, 'KH', 'MINISTRY', 'Ministry of Justice', 'ក្រសួងយុត្តិធម៌', 'Krasuong Yutthethor', 'MOJ',
        null, null, null, null),
    ('KH/MFAIC', null, 'KH', 'MINISTRY', 'Ministry of Foreign Affairs and International Cooperation',
        'ក្រសួងការបរទេស និងសហប្រតិបត្តិការអន្តរជាតិ', 'Krasuong Kar Bor Tes neng Sahaprotebatkar Antarakchéat',
        'MFAIC', null, null, null, null),
    ('LA/MOJ', null, 'LA', 'MINISTRY', 'Ministry of Justice', 'ກະຊວງຍຸຕິທຳ', 'Kasuang Nyuttitham', 'MOJ',
        null, null, null, null),
    ('LA/MOFA', null, 'LA', 'MINISTRY', 'Ministry of Foreign Affairs', 'ກະຊວງການຕ່າງປະເທດ', 'Kasuang Kan Tang Pathet',
        'MOFA', null, null, null, null),
    ('VN/MOJ', null, 'VN', 'MINISTRY', 'Ministry of Justice', 'Bộ Tư pháp', null, 'MOJ', null, null, null, null),
    ('VN/MOFA', null, 'VN', 'MINISTRY', 'Ministry of Foreign Affairs', 'Bộ Ngoại giao', null, 'MOFA',
        null, null, null, null),
    ('TH/MFA', null, 'TH', 'MINISTRY', 'Ministry of Foreign Affairs', 'กระทรวงการต่างประเทศ', 'Krasuang Kan Tang Prathet',
        'MFA', null, null, null, null)
on conflict (id) do nothing;
