-- Main international border checkpoints between the federation's countries and with Thailand.
-- Coordinates are approximate (to about a kilometre). Hours are local time (all UTC+7) and left null where no
-- reliable published figure was at hand. Vietnamese provinces use the names after the July 2025 merger.
insert into checkpoint (country_a, name_a, native_name_a, province_a, country_b, name_b, native_name_b, province_b,
                        latitude, longitude, type, opens_at, closes_at, status, note) values
    -- Cambodia – Laos
    ('KH', 'Trapeang Kriel', 'ត្រពាំងគ្រៀល', 'Stung Treng', 'LA', 'Nong Nok Khiene', 'ໜອງນົກຂຽນ', 'Champasak',
        13.927, 105.975, 'INTERNATIONAL', null, null, 'OPEN', null),
    -- Cambodia – Viet Nam
    ('KH', 'Bavet', 'បាវិត', 'Svay Rieng', 'VN', 'Moc Bai', 'Mộc Bài', 'Tay Ninh',
        11.067, 106.147, 'INTERNATIONAL', '06:00', '22:00', 'OPEN', null),
    ('KH', 'Prek Chak', 'ព្រែកចាក', 'Kampot', 'VN', 'Xa Xia', 'Xà Xía', 'An Giang',
        10.424, 104.456, 'INTERNATIONAL', null, null, 'OPEN', 'Ha Tien, Kien Giang province until 2025'),
    ('KH', 'Kaam Samnor', 'ក្អមសំណ', 'Kandal', 'VN', 'Vinh Xuong', 'Vĩnh Xương', 'An Giang',
        10.910, 105.167, 'INTERNATIONAL', null, null, 'OPEN', 'Mekong river crossing'),
    ('KH', 'Phnom Den', 'ភ្នំដិន', 'Takeo', 'VN', 'Tinh Bien', 'Tịnh Biên', 'An Giang',
        10.615, 104.945, 'INTERNATIONAL', null, null, 'OPEN', null),
    ('KH', 'O Yadav', 'អូរយ៉ាដាវ', 'Ratanakiri', 'VN', 'Le Thanh', 'Lệ Thanh', 'Gia Lai',
        13.780, 107.500, 'INTERNATIONAL', null, null, 'OPEN', null),
    ('KH', 'Trapeang Phlong', 'ត្រពាំងផ្លុង', 'Tbong Khmum', 'VN', 'Xa Mat', 'Xa Mát', 'Tay Ninh',
        11.740, 105.990, 'INTERNATIONAL', null, null, 'OPEN', null),
    -- Laos – Viet Nam
    ('LA', 'Dansavanh', 'ແດນສະຫວັນ', 'Savannakhet', 'VN', 'Lao Bao', 'Lao Bảo', 'Quang Tri',
        16.616, 106.582, 'INTERNATIONAL', null, null, 'OPEN', null),
    ('LA', 'Nam Phao', 'ນ້ຳພາວ', 'Bolikhamxay', 'VN', 'Cau Treo', 'Cầu Treo', 'Ha Tinh',
        18.383, 105.153, 'INTERNATIONAL', null, null, 'OPEN', null),
    ('LA', 'Nam Soi', null, 'Houaphanh', 'VN', 'Na Meo', 'Na Mèo', 'Thanh Hoa',
        20.390, 104.470, 'INTERNATIONAL', null, null, 'OPEN', null),
    ('LA', 'Phou Keua', 'ພູເກືອ', 'Attapeu', 'VN', 'Bo Y', 'Bờ Y', 'Quang Ngai',
        14.725, 107.555, 'INTERNATIONAL', null, null, 'OPEN', 'Kon Tum province until 2025'),
    ('LA', 'Sop Hun', 'ສົບຮຸນ', 'Phongsaly', 'VN', 'Tay Trang', 'Tây Trang', 'Dien Bien',
        21.250, 102.870, 'INTERNATIONAL', null, null, 'OPEN', null),
    -- Cambodia – Thailand
    ('KH', 'Poipet', 'ប៉ោយប៉ែត', 'Banteay Meanchey', 'TH', 'Aranyaprathet (Ban Khlong Luek)', 'อรัญประเทศ', 'Sa Kaeo',
        13.658, 102.553, 'INTERNATIONAL', '07:00', '20:00', 'CLOSED', 'Closed by both sides since June 2025 amid the border dispute'),
    ('KH', 'Cham Yeam', 'ចាំយាម', 'Koh Kong', 'TH', 'Hat Lek', 'หาดเล็ก', 'Trat',
        11.650, 102.910, 'INTERNATIONAL', '07:00', '20:00', 'CLOSED', 'Closed by both sides since June 2025 amid the border dispute');
