PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
INSERT INTO grdb_migrations VALUES('v1 tables');
INSERT INTO grdb_migrations VALUES('v1 indexes');
INSERT INTO grdb_migrations VALUES('v1 views');
INSERT INTO grdb_migrations VALUES('v2 sources.reader');
INSERT INTO grdb_migrations VALUES('v3 values clustered by report');
INSERT INTO grdb_migrations VALUES('v4 reports.place');
INSERT INTO grdb_migrations VALUES('v5 OCR confidence');
CREATE TABLE IF NOT EXISTS "sources" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "path" TEXT NOT NULL UNIQUE, "name" TEXT NOT NULL, "sha256" TEXT NOT NULL, "size" INTEGER NOT NULL, "kind" TEXT NOT NULL, "encoding" TEXT, "read_at" DATETIME NOT NULL, "reader" TEXT NOT NULL DEFAULT '', "ocr_pages" INTEGER NOT NULL DEFAULT 0);
INSERT INTO sources VALUES(1,'in/hongze-2024.txt','hongze-2024.txt','501c415ed6ec1843b85a666f16fb166b85e938d88a92d6425d7a67b1c429a1ce',3849,'text','UTF-8','2026-12-07 19:00:00.000','4',0);
INSERT INTO sources VALUES(2,'in/tiantan-2024.txt','tiantan-2024.txt','f0b94d379709b031807ca148c29e81ba3baf3bc856bc5fe1e3b1b84cea092fc9',4132,'text','UTF-8','2026-12-07 19:00:00.000','4',0);
CREATE TABLE IF NOT EXISTS "reports" ("source_id" INTEGER PRIMARY KEY REFERENCES "sources"("id") ON DELETE CASCADE, "status" TEXT NOT NULL, "reason" TEXT NOT NULL, "body" TEXT, "region" TEXT, "year" INTEGER, "format" TEXT, "format_t2" TEXT, "format_t3" TEXT, "format_t4" TEXT, "doubts" TEXT, body_printed TEXT, published TEXT, region_code TEXT, province TEXT, city TEXT, county TEXT, township TEXT, level TEXT, place_note TEXT);
INSERT INTO reports VALUES(1,'unbalanced','2 failing equations: t3.columns, t3.flow','淮安市洪泽区人民政府','洪泽区',2024,'2021','2021','2021','2021','[]','淮安市洪泽区人民政府',NULL,'320813','江苏省','淮安市','洪泽区',NULL,'county',NULL);
INSERT INTO reports VALUES(2,'ok','200 values read, every rule holds','天坛街道办事处','济源市',2024,'2021','2021','2021','2021','[]','天坛街道办事处',NULL,'419001','河南省',NULL,'济源市','天坛街道','township',NULL);
CREATE TABLE IF NOT EXISTS "findings" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "source_id" INTEGER NOT NULL REFERENCES "sources"("id") ON DELETE CASCADE, "ordinal" INTEGER NOT NULL, "rule" TEXT NOT NULL, "severity" TEXT NOT NULL, "table" TEXT, "row" TEXT, "col" TEXT, "expected" TEXT, "found" TEXT, "difference" TEXT, "suspect" TEXT, "message" TEXT NOT NULL, "message_zh" TEXT NOT NULL, UNIQUE ("source_id", "ordinal"));
INSERT INTO findings VALUES(1,1,0,'t3.flow','error','t3',NULL,'natural_person','93','95','2','t3[new, natural_person]: 93 printed, 95 would balance','t3.flow [natural_person]: new + carried over = total handled + carried forward: 93 expected, 95 printed (off by 2)','本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理：应为 93，实为 95，相差 2');
INSERT INTO findings VALUES(2,1,1,'t3.columns','error','t3','new',NULL,'93','95','2','t3[new, natural_person]: 93 printed, 95 would balance','t3.columns [new]: 总计 column = the sum of the six applicant columns: 93 expected, 95 printed (off by 2)','总计 = 自然人与五类法人或其他组织之和：应为 93，实为 95，相差 2');
CREATE TABLE IF NOT EXISTS "values" ("source_id" INTEGER NOT NULL REFERENCES "sources"("id") ON DELETE CASCADE, "table" TEXT NOT NULL, "row" TEXT NOT NULL, "col" TEXT NOT NULL, "value" TEXT, "raw" TEXT NOT NULL, "page" INTEGER, "location" TEXT NOT NULL, "box_x" DOUBLE, "box_y" DOUBLE, "box_w" DOUBLE, "box_h" DOUBLE, "doubt" TEXT, "ocr_confidence" DOUBLE, PRIMARY KEY ("source_id", "table", "row", "col")) WITHOUT ROWID;
INSERT INTO "values" VALUES(1,'t2','coercion','decisions','84','84',NULL,'line 29',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t2','fees','amount','7545','7545',NULL,'line 32',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t2','licensing','decisions','9487','9487',NULL,'line 25',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t2','normative_docs','in_force','8','8',NULL,'line 22',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t2','normative_docs','issued','3','3',NULL,'line 22',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t2','normative_docs','repealed','0','0',NULL,'line 22',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t2','penalty','decisions','2776','2776',NULL,'line 28',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t2','rules','in_force','0','0',NULL,'line 21',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t2','rules','issued','0','0',NULL,'line 21',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t2','rules','repealed','0','0',NULL,'line 21',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','carried_forward','commercial','0','0',NULL,'line 61',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','carried_forward','legal_service','0','0',NULL,'line 61',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','carried_forward','natural_person','0','0',NULL,'line 61',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','carried_forward','other_org','0','0',NULL,'line 61',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','carried_forward','research','0','0',NULL,'line 61',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','carried_forward','social_org','0','0',NULL,'line 61',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','carried_forward','total','0','0',NULL,'line 61',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','carried_over','commercial','0','0',NULL,'line 40',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','carried_over','legal_service','0','0',NULL,'line 40',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','carried_over','natural_person','0','0',NULL,'line 40',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','carried_over','other_org','0','0',NULL,'line 40',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','carried_over','research','0','0',NULL,'line 40',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','carried_over','social_org','0','0',NULL,'line 40',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','carried_over','total','0','0',NULL,'line 40',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.enforcement_file','commercial','0','0',NULL,'line 49',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.enforcement_file','legal_service','0','0',NULL,'line 49',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.enforcement_file','natural_person','1','1',NULL,'line 49',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.enforcement_file','other_org','0','0',NULL,'line 49',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.enforcement_file','research','0','0',NULL,'line 49',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.enforcement_file','social_org','0','0',NULL,'line 49',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.enforcement_file','total','1','1',NULL,'line 49',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.inquiry','commercial','0','0',NULL,'line 50',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.inquiry','legal_service','0','0',NULL,'line 50',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.inquiry','natural_person','0','0',NULL,'line 50',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.inquiry','other_org','0','0',NULL,'line 50',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.inquiry','research','0','0',NULL,'line 50',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.inquiry','social_org','0','0',NULL,'line 50',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.inquiry','total','0','0',NULL,'line 50',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.internal_affairs','commercial','0','0',NULL,'line 47',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.internal_affairs','legal_service','0','0',NULL,'line 47',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.internal_affairs','natural_person','0','0',NULL,'line 47',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.internal_affairs','other_org','0','0',NULL,'line 47',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.internal_affairs','research','0','0',NULL,'line 47',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.internal_affairs','social_org','0','0',NULL,'line 47',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.internal_affairs','total','0','0',NULL,'line 47',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.law_forbidden','commercial','0','0',NULL,'line 44',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.law_forbidden','legal_service','0','0',NULL,'line 44',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.law_forbidden','natural_person','0','0',NULL,'line 44',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.law_forbidden','other_org','0','0',NULL,'line 44',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.law_forbidden','research','0','0',NULL,'line 44',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.law_forbidden','social_org','0','0',NULL,'line 44',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.law_forbidden','total','0','0',NULL,'line 44',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.process_info','commercial','0','0',NULL,'line 48',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.process_info','legal_service','0','0',NULL,'line 48',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.process_info','natural_person','1','1',NULL,'line 48',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.process_info','other_org','0','0',NULL,'line 48',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.process_info','research','0','0',NULL,'line 48',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.process_info','social_org','0','0',NULL,'line 48',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.process_info','total','1','1',NULL,'line 48',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.state_secret','commercial','0','0',NULL,'line 43',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.state_secret','legal_service','0','0',NULL,'line 43',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.state_secret','natural_person','0','0',NULL,'line 43',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.state_secret','other_org','0','0',NULL,'line 43',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.state_secret','research','0','0',NULL,'line 43',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.state_secret','social_org','0','0',NULL,'line 43',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.state_secret','total','0','0',NULL,'line 43',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.third_party','commercial','0','0',NULL,'line 46',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.third_party','legal_service','0','0',NULL,'line 46',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.third_party','natural_person','0','0',NULL,'line 46',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.third_party','other_org','0','0',NULL,'line 46',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.third_party','research','0','0',NULL,'line 46',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.third_party','social_org','0','0',NULL,'line 46',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.third_party','total','0','0',NULL,'line 46',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.three_safety','commercial','0','0',NULL,'line 45',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.three_safety','legal_service','0','0',NULL,'line 45',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.three_safety','natural_person','1','1',NULL,'line 45',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.three_safety','other_org','0','0',NULL,'line 45',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.three_safety','research','0','0',NULL,'line 45',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.three_safety','social_org','0','0',NULL,'line 45',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','denied.three_safety','total','1','1',NULL,'line 45',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','granted','commercial','0','0',NULL,'line 41',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','granted','legal_service','0','0',NULL,'line 41',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','granted','natural_person','50','50',NULL,'line 41',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','granted','other_org','0','0',NULL,'line 41',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','granted','research','0','0',NULL,'line 41',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','granted','social_org','0','0',NULL,'line 41',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','granted','total','50','50',NULL,'line 41',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','new','commercial','0','0',NULL,'line 39',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','new','legal_service','0','0',NULL,'line 39',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','new','natural_person','93','93',NULL,'line 39',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','new','other_org','0','0',NULL,'line 39',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','new','research','0','0',NULL,'line 39',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','new','social_org','0','0',NULL,'line 39',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','new','total','95','95',NULL,'line 39',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.confirm_existing','commercial','0','0',NULL,'line 58',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.confirm_existing','legal_service','0','0',NULL,'line 58',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.confirm_existing','natural_person','0','0',NULL,'line 58',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.confirm_existing','other_org','0','0',NULL,'line 58',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.confirm_existing','research','0','0',NULL,'line 58',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.confirm_existing','social_org','0','0',NULL,'line 58',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.confirm_existing','total','0','0',NULL,'line 58',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.mass_repeat','commercial','0','0',NULL,'line 57',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.mass_repeat','legal_service','0','0',NULL,'line 57',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.mass_repeat','natural_person','0','0',NULL,'line 57',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.mass_repeat','other_org','0','0',NULL,'line 57',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.mass_repeat','research','0','0',NULL,'line 57',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.mass_repeat','social_org','0','0',NULL,'line 57',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.mass_repeat','total','0','0',NULL,'line 57',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.petition','commercial','0','0',NULL,'line 54',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.petition','legal_service','0','0',NULL,'line 54',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.petition','natural_person','1','1',NULL,'line 54',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.petition','other_org','0','0',NULL,'line 54',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.petition','research','0','0',NULL,'line 54',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.petition','social_org','0','0',NULL,'line 54',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.petition','total','1','1',NULL,'line 54',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.publication','commercial','0','0',NULL,'line 56',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.publication','legal_service','0','0',NULL,'line 56',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.publication','natural_person','0','0',NULL,'line 56',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.publication','other_org','0','0',NULL,'line 56',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.publication','research','0','0',NULL,'line 56',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.publication','social_org','0','0',NULL,'line 56',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.publication','total','0','0',NULL,'line 56',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.repeat','commercial','0','0',NULL,'line 55',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.repeat','legal_service','0','0',NULL,'line 55',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.repeat','natural_person','0','0',NULL,'line 55',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.repeat','other_org','0','0',NULL,'line 55',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.repeat','research','0','0',NULL,'line 55',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.repeat','social_org','0','0',NULL,'line 55',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','not_processed.repeat','total','0','0',NULL,'line 55',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','other','commercial','0','0',NULL,'line 59',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','other','legal_service','0','0',NULL,'line 59',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','other','natural_person','0','0',NULL,'line 59',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','other','other_org','0','0',NULL,'line 59',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','other','research','0','0',NULL,'line 59',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','other','social_org','0','0',NULL,'line 59',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','other','total','0','0',NULL,'line 59',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','partial','commercial','0','0',NULL,'line 42',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','partial','legal_service','0','0',NULL,'line 42',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','partial','natural_person','9','9',NULL,'line 42',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','partial','other_org','0','0',NULL,'line 42',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','partial','research','0','0',NULL,'line 42',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','partial','social_org','0','0',NULL,'line 42',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','partial','total','9','9',NULL,'line 42',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','total','commercial','0','0',NULL,'line 60',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','total','legal_service','0','0',NULL,'line 60',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','total','natural_person','95','95',NULL,'line 60',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','total','other_org','0','0',NULL,'line 60',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','total','research','0','0',NULL,'line 60',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','total','social_org','0','0',NULL,'line 60',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','total','total','95','95',NULL,'line 60',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','unavailable.needs_creation','commercial','0','0',NULL,'line 52',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','unavailable.needs_creation','legal_service','0','0',NULL,'line 52',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','unavailable.needs_creation','natural_person','1','1',NULL,'line 52',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','unavailable.needs_creation','other_org','0','0',NULL,'line 52',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','unavailable.needs_creation','research','0','0',NULL,'line 52',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','unavailable.needs_creation','social_org','0','0',NULL,'line 52',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','unavailable.needs_creation','total','1','1',NULL,'line 52',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','unavailable.not_held','commercial','0','0',NULL,'line 51',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','unavailable.not_held','legal_service','0','0',NULL,'line 51',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','unavailable.not_held','natural_person','31','31',NULL,'line 51',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','unavailable.not_held','other_org','0','0',NULL,'line 51',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','unavailable.not_held','research','0','0',NULL,'line 51',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','unavailable.not_held','social_org','0','0',NULL,'line 51',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','unavailable.not_held','total','31','31',NULL,'line 51',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','unavailable.unclear','commercial','0','0',NULL,'line 53',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','unavailable.unclear','legal_service','0','0',NULL,'line 53',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','unavailable.unclear','natural_person','0','0',NULL,'line 53',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','unavailable.unclear','other_org','0','0',NULL,'line 53',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','unavailable.unclear','research','0','0',NULL,'line 53',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','unavailable.unclear','social_org','0','0',NULL,'line 53',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t3','unavailable.unclear','total','0','0',NULL,'line 53',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t4','all','review.corrected','1','1',NULL,'line 68',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t4','all','review.other','0','0',NULL,'line 68',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t4','all','review.pending','0','0',NULL,'line 68',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t4','all','review.total','2','2',NULL,'line 68',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t4','all','review.upheld','1','1',NULL,'line 68',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t4','all','suit_after_review.corrected','0','0',NULL,'line 68',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t4','all','suit_after_review.other','1','1',NULL,'line 68',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t4','all','suit_after_review.pending','0','0',NULL,'line 68',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t4','all','suit_after_review.total','3','3',NULL,'line 68',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t4','all','suit_after_review.upheld','2','2',NULL,'line 68',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t4','all','suit_direct.corrected','0','0',NULL,'line 68',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t4','all','suit_direct.other','0','0',NULL,'line 68',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t4','all','suit_direct.pending','0','0',NULL,'line 68',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t4','all','suit_direct.total','1','1',NULL,'line 68',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(1,'t4','all','suit_direct.upheld','1','1',NULL,'line 68',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t2','coercion','decisions','0','0',NULL,'line 39',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t2','fees','amount','0','0',NULL,'line 42',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t2','licensing','decisions','0','0',NULL,'line 35',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t2','normative_docs','in_force','0','0',NULL,'line 32',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t2','normative_docs','issued','0','0',NULL,'line 32',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t2','normative_docs','repealed','0','0',NULL,'line 32',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t2','penalty','decisions','43','43',NULL,'line 38',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t2','rules','in_force','0','0',NULL,'line 31',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t2','rules','issued','0','0',NULL,'line 31',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t2','rules','repealed','0','0',NULL,'line 31',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','carried_forward','commercial','0','0',NULL,'line 73',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','carried_forward','legal_service','0','0',NULL,'line 73',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','carried_forward','natural_person','0','0',NULL,'line 73',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','carried_forward','other_org','0','0',NULL,'line 73',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','carried_forward','research','0','0',NULL,'line 73',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','carried_forward','social_org','0','0',NULL,'line 73',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','carried_forward','total','0','0',NULL,'line 73',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','carried_over','commercial','0','0',NULL,'line 50',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','carried_over','legal_service','0','0',NULL,'line 50',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','carried_over','natural_person','1','1',NULL,'line 50',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','carried_over','other_org','0','0',NULL,'line 50',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','carried_over','research','0','0',NULL,'line 50',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','carried_over','social_org','0','0',NULL,'line 50',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','carried_over','total','1','1',NULL,'line 50',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.enforcement_file','commercial','0','0',NULL,'line 59',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.enforcement_file','legal_service','0','0',NULL,'line 59',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.enforcement_file','natural_person','0','0',NULL,'line 59',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.enforcement_file','other_org','0','0',NULL,'line 59',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.enforcement_file','research','0','0',NULL,'line 59',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.enforcement_file','social_org','0','0',NULL,'line 59',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.enforcement_file','total','0','0',NULL,'line 59',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.inquiry','commercial','0','0',NULL,'line 60',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.inquiry','legal_service','0','0',NULL,'line 60',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.inquiry','natural_person','0','0',NULL,'line 60',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.inquiry','other_org','0','0',NULL,'line 60',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.inquiry','research','0','0',NULL,'line 60',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.inquiry','social_org','0','0',NULL,'line 60',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.inquiry','total','0','0',NULL,'line 60',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.internal_affairs','commercial','0','0',NULL,'line 57',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.internal_affairs','legal_service','0','0',NULL,'line 57',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.internal_affairs','natural_person','0','0',NULL,'line 57',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.internal_affairs','other_org','0','0',NULL,'line 57',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.internal_affairs','research','0','0',NULL,'line 57',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.internal_affairs','social_org','0','0',NULL,'line 57',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.internal_affairs','total','0','0',NULL,'line 57',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.law_forbidden','commercial','0','0',NULL,'line 54',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.law_forbidden','legal_service','0','0',NULL,'line 54',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.law_forbidden','natural_person','0','0',NULL,'line 54',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.law_forbidden','other_org','0','0',NULL,'line 54',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.law_forbidden','research','0','0',NULL,'line 54',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.law_forbidden','social_org','0','0',NULL,'line 54',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.law_forbidden','total','0','0',NULL,'line 54',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.process_info','commercial','0','0',NULL,'line 58',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.process_info','legal_service','0','0',NULL,'line 58',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.process_info','natural_person','0','0',NULL,'line 58',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.process_info','other_org','0','0',NULL,'line 58',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.process_info','research','0','0',NULL,'line 58',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.process_info','social_org','0','0',NULL,'line 58',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.process_info','total','0','0',NULL,'line 58',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.state_secret','commercial','0','0',NULL,'line 53',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.state_secret','legal_service','0','0',NULL,'line 53',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.state_secret','natural_person','0','0',NULL,'line 53',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.state_secret','other_org','0','0',NULL,'line 53',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.state_secret','research','0','0',NULL,'line 53',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.state_secret','social_org','0','0',NULL,'line 53',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.state_secret','total','0','0',NULL,'line 53',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.third_party','commercial','0','0',NULL,'line 56',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.third_party','legal_service','0','0',NULL,'line 56',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.third_party','natural_person','0','0',NULL,'line 56',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.third_party','other_org','0','0',NULL,'line 56',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.third_party','research','0','0',NULL,'line 56',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.third_party','social_org','0','0',NULL,'line 56',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.third_party','total','0','0',NULL,'line 56',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.three_safety','commercial','0','0',NULL,'line 55',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.three_safety','legal_service','0','0',NULL,'line 55',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.three_safety','natural_person','0','0',NULL,'line 55',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.three_safety','other_org','0','0',NULL,'line 55',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.three_safety','research','0','0',NULL,'line 55',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.three_safety','social_org','0','0',NULL,'line 55',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','denied.three_safety','total','0','0',NULL,'line 55',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','granted','commercial','0','0',NULL,'line 51',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','granted','legal_service','0','0',NULL,'line 51',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','granted','natural_person','1','1',NULL,'line 51',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','granted','other_org','0','0',NULL,'line 51',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','granted','research','0','0',NULL,'line 51',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','granted','social_org','0','0',NULL,'line 51',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','granted','total','1','1',NULL,'line 51',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','new','commercial','0','0',NULL,'line 49',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','new','legal_service','0','0',NULL,'line 49',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','new','natural_person','4','4',NULL,'line 49',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','new','other_org','0','0',NULL,'line 49',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','new','research','0','0',NULL,'line 49',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','new','social_org','0','0',NULL,'line 49',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','new','total','4','4',NULL,'line 49',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.confirm_existing','commercial','0','0',NULL,'line 68',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.confirm_existing','legal_service','0','0',NULL,'line 68',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.confirm_existing','natural_person','0','0',NULL,'line 68',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.confirm_existing','other_org','0','0',NULL,'line 68',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.confirm_existing','research','0','0',NULL,'line 68',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.confirm_existing','social_org','0','0',NULL,'line 68',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.confirm_existing','total','0','0',NULL,'line 68',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.mass_repeat','commercial','0','0',NULL,'line 67',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.mass_repeat','legal_service','0','0',NULL,'line 67',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.mass_repeat','natural_person','0','0',NULL,'line 67',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.mass_repeat','other_org','0','0',NULL,'line 67',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.mass_repeat','research','0','0',NULL,'line 67',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.mass_repeat','social_org','0','0',NULL,'line 67',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.mass_repeat','total','0','0',NULL,'line 67',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.petition','commercial','0','0',NULL,'line 64',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.petition','legal_service','0','0',NULL,'line 64',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.petition','natural_person','0','0',NULL,'line 64',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.petition','other_org','0','0',NULL,'line 64',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.petition','research','0','0',NULL,'line 64',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.petition','social_org','0','0',NULL,'line 64',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.petition','total','0','0',NULL,'line 64',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.publication','commercial','0','0',NULL,'line 66',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.publication','legal_service','0','0',NULL,'line 66',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.publication','natural_person','0','0',NULL,'line 66',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.publication','other_org','0','0',NULL,'line 66',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.publication','research','0','0',NULL,'line 66',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.publication','social_org','0','0',NULL,'line 66',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.publication','total','0','0',NULL,'line 66',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.repeat','commercial','0','0',NULL,'line 65',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.repeat','legal_service','0','0',NULL,'line 65',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.repeat','natural_person','0','0',NULL,'line 65',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.repeat','other_org','0','0',NULL,'line 65',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.repeat','research','0','0',NULL,'line 65',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.repeat','social_org','0','0',NULL,'line 65',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','not_processed.repeat','total','0','0',NULL,'line 65',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','other.no_correction','commercial','0','0',NULL,'line 69',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','other.no_correction','legal_service','0','0',NULL,'line 69',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','other.no_correction','natural_person','2','2',NULL,'line 69',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','other.no_correction','other_org','0','0',NULL,'line 69',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','other.no_correction','research','0','0',NULL,'line 69',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','other.no_correction','social_org','0','0',NULL,'line 69',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','other.no_correction','total','2','2',NULL,'line 69',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','other.other','commercial','0','0',NULL,'line 71',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','other.other','legal_service','0','0',NULL,'line 71',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','other.other','natural_person','0','0',NULL,'line 71',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','other.other','other_org','0','0',NULL,'line 71',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','other.other','research','0','0',NULL,'line 71',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','other.other','social_org','0','0',NULL,'line 71',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','other.other','total','0','0',NULL,'line 71',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','other.unpaid_fee','commercial','0','0',NULL,'line 70',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','other.unpaid_fee','legal_service','0','0',NULL,'line 70',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','other.unpaid_fee','natural_person','0','0',NULL,'line 70',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','other.unpaid_fee','other_org','0','0',NULL,'line 70',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','other.unpaid_fee','research','0','0',NULL,'line 70',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','other.unpaid_fee','social_org','0','0',NULL,'line 70',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','other.unpaid_fee','total','0','0',NULL,'line 70',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','partial','commercial','0','0',NULL,'line 52',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','partial','legal_service','0','0',NULL,'line 52',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','partial','natural_person','1','1',NULL,'line 52',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','partial','other_org','0','0',NULL,'line 52',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','partial','research','0','0',NULL,'line 52',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','partial','social_org','0','0',NULL,'line 52',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','partial','total','1','1',NULL,'line 52',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','total','commercial','0','0',NULL,'line 72',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','total','legal_service','0','0',NULL,'line 72',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','total','natural_person','5','5',NULL,'line 72',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','total','other_org','0','0',NULL,'line 72',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','total','research','0','0',NULL,'line 72',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','total','social_org','0','0',NULL,'line 72',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','total','total','5','5',NULL,'line 72',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','unavailable.needs_creation','commercial','0','0',NULL,'line 62',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','unavailable.needs_creation','legal_service','0','0',NULL,'line 62',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','unavailable.needs_creation','natural_person','0','0',NULL,'line 62',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','unavailable.needs_creation','other_org','0','0',NULL,'line 62',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','unavailable.needs_creation','research','0','0',NULL,'line 62',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','unavailable.needs_creation','social_org','0','0',NULL,'line 62',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','unavailable.needs_creation','total','0','0',NULL,'line 62',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','unavailable.not_held','commercial','0','0',NULL,'line 61',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','unavailable.not_held','legal_service','0','0',NULL,'line 61',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','unavailable.not_held','natural_person','1','1',NULL,'line 61',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','unavailable.not_held','other_org','0','0',NULL,'line 61',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','unavailable.not_held','research','0','0',NULL,'line 61',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','unavailable.not_held','social_org','0','0',NULL,'line 61',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','unavailable.not_held','total','1','1',NULL,'line 61',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','unavailable.unclear','commercial','0','0',NULL,'line 63',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','unavailable.unclear','legal_service','0','0',NULL,'line 63',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','unavailable.unclear','natural_person','0','0',NULL,'line 63',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','unavailable.unclear','other_org','0','0',NULL,'line 63',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','unavailable.unclear','research','0','0',NULL,'line 63',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','unavailable.unclear','social_org','0','0',NULL,'line 63',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t3','unavailable.unclear','total','0','0',NULL,'line 63',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t4','all','review.corrected','0','0',NULL,'line 80',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t4','all','review.other','0','0',NULL,'line 80',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t4','all','review.pending','0','0',NULL,'line 80',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t4','all','review.total','1','1',NULL,'line 80',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t4','all','review.upheld','1','1',NULL,'line 80',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t4','all','suit_after_review.corrected','0','0',NULL,'line 80',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t4','all','suit_after_review.other','0','0',NULL,'line 80',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t4','all','suit_after_review.pending','1','1',NULL,'line 80',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t4','all','suit_after_review.total','1','1',NULL,'line 80',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t4','all','suit_after_review.upheld','0','0',NULL,'line 80',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t4','all','suit_direct.corrected','0','0',NULL,'line 80',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t4','all','suit_direct.other','0','0',NULL,'line 80',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t4','all','suit_direct.pending','0','0',NULL,'line 80',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t4','all','suit_direct.total','0','0',NULL,'line 80',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "values" VALUES(2,'t4','all','suit_direct.upheld','0','0',NULL,'line 80',NULL,NULL,NULL,NULL,NULL,NULL);
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('sources',2);
INSERT INTO sqlite_sequence VALUES('findings',2);
CREATE INDEX "sources_name" ON "sources"("name");
CREATE INDEX "reports_region_year" ON "reports"("region", "year");
CREATE INDEX "reports_year" ON "reports"("year");
CREATE INDEX "reports_body" ON "reports"("body");
CREATE INDEX "reports_status" ON "reports"("status");
CREATE INDEX "findings_rule" ON "findings"("rule");
CREATE VIEW t3_wide AS
SELECT s.id AS source_id, s.name AS source, s.path, r.body, r.region, r.year, r.format, r.status,
MAX(CASE WHEN v.row = 'new' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "new.natural_person",
MAX(CASE WHEN v.row = 'new' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "new.commercial",
MAX(CASE WHEN v.row = 'new' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "new.research",
MAX(CASE WHEN v.row = 'new' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "new.social_org",
MAX(CASE WHEN v.row = 'new' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "new.legal_service",
MAX(CASE WHEN v.row = 'new' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "new.other_org",
MAX(CASE WHEN v.row = 'new' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "new.total",
MAX(CASE WHEN v.row = 'carried_over' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "carried_over.natural_person",
MAX(CASE WHEN v.row = 'carried_over' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "carried_over.commercial",
MAX(CASE WHEN v.row = 'carried_over' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "carried_over.research",
MAX(CASE WHEN v.row = 'carried_over' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "carried_over.social_org",
MAX(CASE WHEN v.row = 'carried_over' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "carried_over.legal_service",
MAX(CASE WHEN v.row = 'carried_over' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "carried_over.other_org",
MAX(CASE WHEN v.row = 'carried_over' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "carried_over.total",
MAX(CASE WHEN v.row = 'granted' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "granted.natural_person",
MAX(CASE WHEN v.row = 'granted' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "granted.commercial",
MAX(CASE WHEN v.row = 'granted' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "granted.research",
MAX(CASE WHEN v.row = 'granted' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "granted.social_org",
MAX(CASE WHEN v.row = 'granted' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "granted.legal_service",
MAX(CASE WHEN v.row = 'granted' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "granted.other_org",
MAX(CASE WHEN v.row = 'granted' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "granted.total",
MAX(CASE WHEN v.row = 'partial' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "partial.natural_person",
MAX(CASE WHEN v.row = 'partial' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "partial.commercial",
MAX(CASE WHEN v.row = 'partial' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "partial.research",
MAX(CASE WHEN v.row = 'partial' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "partial.social_org",
MAX(CASE WHEN v.row = 'partial' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "partial.legal_service",
MAX(CASE WHEN v.row = 'partial' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "partial.other_org",
MAX(CASE WHEN v.row = 'partial' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "partial.total",
MAX(CASE WHEN v.row = 'denied.state_secret' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "denied.state_secret.natural_person",
MAX(CASE WHEN v.row = 'denied.state_secret' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "denied.state_secret.commercial",
MAX(CASE WHEN v.row = 'denied.state_secret' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "denied.state_secret.research",
MAX(CASE WHEN v.row = 'denied.state_secret' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "denied.state_secret.social_org",
MAX(CASE WHEN v.row = 'denied.state_secret' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "denied.state_secret.legal_service",
MAX(CASE WHEN v.row = 'denied.state_secret' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "denied.state_secret.other_org",
MAX(CASE WHEN v.row = 'denied.state_secret' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "denied.state_secret.total",
MAX(CASE WHEN v.row = 'denied.law_forbidden' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "denied.law_forbidden.natural_person",
MAX(CASE WHEN v.row = 'denied.law_forbidden' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "denied.law_forbidden.commercial",
MAX(CASE WHEN v.row = 'denied.law_forbidden' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "denied.law_forbidden.research",
MAX(CASE WHEN v.row = 'denied.law_forbidden' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "denied.law_forbidden.social_org",
MAX(CASE WHEN v.row = 'denied.law_forbidden' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "denied.law_forbidden.legal_service",
MAX(CASE WHEN v.row = 'denied.law_forbidden' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "denied.law_forbidden.other_org",
MAX(CASE WHEN v.row = 'denied.law_forbidden' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "denied.law_forbidden.total",
MAX(CASE WHEN v.row = 'denied.three_safety' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "denied.three_safety.natural_person",
MAX(CASE WHEN v.row = 'denied.three_safety' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "denied.three_safety.commercial",
MAX(CASE WHEN v.row = 'denied.three_safety' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "denied.three_safety.research",
MAX(CASE WHEN v.row = 'denied.three_safety' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "denied.three_safety.social_org",
MAX(CASE WHEN v.row = 'denied.three_safety' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "denied.three_safety.legal_service",
MAX(CASE WHEN v.row = 'denied.three_safety' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "denied.three_safety.other_org",
MAX(CASE WHEN v.row = 'denied.three_safety' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "denied.three_safety.total",
MAX(CASE WHEN v.row = 'denied.third_party' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "denied.third_party.natural_person",
MAX(CASE WHEN v.row = 'denied.third_party' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "denied.third_party.commercial",
MAX(CASE WHEN v.row = 'denied.third_party' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "denied.third_party.research",
MAX(CASE WHEN v.row = 'denied.third_party' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "denied.third_party.social_org",
MAX(CASE WHEN v.row = 'denied.third_party' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "denied.third_party.legal_service",
MAX(CASE WHEN v.row = 'denied.third_party' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "denied.third_party.other_org",
MAX(CASE WHEN v.row = 'denied.third_party' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "denied.third_party.total",
MAX(CASE WHEN v.row = 'denied.internal_affairs' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "denied.internal_affairs.natural_person",
MAX(CASE WHEN v.row = 'denied.internal_affairs' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "denied.internal_affairs.commercial",
MAX(CASE WHEN v.row = 'denied.internal_affairs' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "denied.internal_affairs.research",
MAX(CASE WHEN v.row = 'denied.internal_affairs' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "denied.internal_affairs.social_org",
MAX(CASE WHEN v.row = 'denied.internal_affairs' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "denied.internal_affairs.legal_service",
MAX(CASE WHEN v.row = 'denied.internal_affairs' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "denied.internal_affairs.other_org",
MAX(CASE WHEN v.row = 'denied.internal_affairs' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "denied.internal_affairs.total",
MAX(CASE WHEN v.row = 'denied.process_info' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "denied.process_info.natural_person",
MAX(CASE WHEN v.row = 'denied.process_info' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "denied.process_info.commercial",
MAX(CASE WHEN v.row = 'denied.process_info' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "denied.process_info.research",
MAX(CASE WHEN v.row = 'denied.process_info' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "denied.process_info.social_org",
MAX(CASE WHEN v.row = 'denied.process_info' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "denied.process_info.legal_service",
MAX(CASE WHEN v.row = 'denied.process_info' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "denied.process_info.other_org",
MAX(CASE WHEN v.row = 'denied.process_info' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "denied.process_info.total",
MAX(CASE WHEN v.row = 'denied.enforcement_file' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "denied.enforcement_file.natural_person",
MAX(CASE WHEN v.row = 'denied.enforcement_file' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "denied.enforcement_file.commercial",
MAX(CASE WHEN v.row = 'denied.enforcement_file' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "denied.enforcement_file.research",
MAX(CASE WHEN v.row = 'denied.enforcement_file' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "denied.enforcement_file.social_org",
MAX(CASE WHEN v.row = 'denied.enforcement_file' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "denied.enforcement_file.legal_service",
MAX(CASE WHEN v.row = 'denied.enforcement_file' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "denied.enforcement_file.other_org",
MAX(CASE WHEN v.row = 'denied.enforcement_file' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "denied.enforcement_file.total",
MAX(CASE WHEN v.row = 'denied.inquiry' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "denied.inquiry.natural_person",
MAX(CASE WHEN v.row = 'denied.inquiry' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "denied.inquiry.commercial",
MAX(CASE WHEN v.row = 'denied.inquiry' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "denied.inquiry.research",
MAX(CASE WHEN v.row = 'denied.inquiry' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "denied.inquiry.social_org",
MAX(CASE WHEN v.row = 'denied.inquiry' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "denied.inquiry.legal_service",
MAX(CASE WHEN v.row = 'denied.inquiry' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "denied.inquiry.other_org",
MAX(CASE WHEN v.row = 'denied.inquiry' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "denied.inquiry.total",
MAX(CASE WHEN v.row = 'unavailable.not_held' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "unavailable.not_held.natural_person",
MAX(CASE WHEN v.row = 'unavailable.not_held' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "unavailable.not_held.commercial",
MAX(CASE WHEN v.row = 'unavailable.not_held' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "unavailable.not_held.research",
MAX(CASE WHEN v.row = 'unavailable.not_held' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "unavailable.not_held.social_org",
MAX(CASE WHEN v.row = 'unavailable.not_held' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "unavailable.not_held.legal_service",
MAX(CASE WHEN v.row = 'unavailable.not_held' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "unavailable.not_held.other_org",
MAX(CASE WHEN v.row = 'unavailable.not_held' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "unavailable.not_held.total",
MAX(CASE WHEN v.row = 'unavailable.needs_creation' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "unavailable.needs_creation.natural_person",
MAX(CASE WHEN v.row = 'unavailable.needs_creation' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "unavailable.needs_creation.commercial",
MAX(CASE WHEN v.row = 'unavailable.needs_creation' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "unavailable.needs_creation.research",
MAX(CASE WHEN v.row = 'unavailable.needs_creation' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "unavailable.needs_creation.social_org",
MAX(CASE WHEN v.row = 'unavailable.needs_creation' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "unavailable.needs_creation.legal_service",
MAX(CASE WHEN v.row = 'unavailable.needs_creation' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "unavailable.needs_creation.other_org",
MAX(CASE WHEN v.row = 'unavailable.needs_creation' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "unavailable.needs_creation.total",
MAX(CASE WHEN v.row = 'unavailable.unclear' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "unavailable.unclear.natural_person",
MAX(CASE WHEN v.row = 'unavailable.unclear' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "unavailable.unclear.commercial",
MAX(CASE WHEN v.row = 'unavailable.unclear' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "unavailable.unclear.research",
MAX(CASE WHEN v.row = 'unavailable.unclear' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "unavailable.unclear.social_org",
MAX(CASE WHEN v.row = 'unavailable.unclear' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "unavailable.unclear.legal_service",
MAX(CASE WHEN v.row = 'unavailable.unclear' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "unavailable.unclear.other_org",
MAX(CASE WHEN v.row = 'unavailable.unclear' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "unavailable.unclear.total",
MAX(CASE WHEN v.row = 'not_processed.petition' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.petition.natural_person",
MAX(CASE WHEN v.row = 'not_processed.petition' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.petition.commercial",
MAX(CASE WHEN v.row = 'not_processed.petition' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.petition.research",
MAX(CASE WHEN v.row = 'not_processed.petition' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.petition.social_org",
MAX(CASE WHEN v.row = 'not_processed.petition' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.petition.legal_service",
MAX(CASE WHEN v.row = 'not_processed.petition' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.petition.other_org",
MAX(CASE WHEN v.row = 'not_processed.petition' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.petition.total",
MAX(CASE WHEN v.row = 'not_processed.repeat' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.repeat.natural_person",
MAX(CASE WHEN v.row = 'not_processed.repeat' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.repeat.commercial",
MAX(CASE WHEN v.row = 'not_processed.repeat' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.repeat.research",
MAX(CASE WHEN v.row = 'not_processed.repeat' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.repeat.social_org",
MAX(CASE WHEN v.row = 'not_processed.repeat' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.repeat.legal_service",
MAX(CASE WHEN v.row = 'not_processed.repeat' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.repeat.other_org",
MAX(CASE WHEN v.row = 'not_processed.repeat' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.repeat.total",
MAX(CASE WHEN v.row = 'not_processed.publication' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.publication.natural_person",
MAX(CASE WHEN v.row = 'not_processed.publication' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.publication.commercial",
MAX(CASE WHEN v.row = 'not_processed.publication' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.publication.research",
MAX(CASE WHEN v.row = 'not_processed.publication' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.publication.social_org",
MAX(CASE WHEN v.row = 'not_processed.publication' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.publication.legal_service",
MAX(CASE WHEN v.row = 'not_processed.publication' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.publication.other_org",
MAX(CASE WHEN v.row = 'not_processed.publication' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.publication.total",
MAX(CASE WHEN v.row = 'not_processed.mass_repeat' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.mass_repeat.natural_person",
MAX(CASE WHEN v.row = 'not_processed.mass_repeat' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.mass_repeat.commercial",
MAX(CASE WHEN v.row = 'not_processed.mass_repeat' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.mass_repeat.research",
MAX(CASE WHEN v.row = 'not_processed.mass_repeat' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.mass_repeat.social_org",
MAX(CASE WHEN v.row = 'not_processed.mass_repeat' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.mass_repeat.legal_service",
MAX(CASE WHEN v.row = 'not_processed.mass_repeat' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.mass_repeat.other_org",
MAX(CASE WHEN v.row = 'not_processed.mass_repeat' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.mass_repeat.total",
MAX(CASE WHEN v.row = 'not_processed.confirm_existing' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.confirm_existing.natural_person",
MAX(CASE WHEN v.row = 'not_processed.confirm_existing' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.confirm_existing.commercial",
MAX(CASE WHEN v.row = 'not_processed.confirm_existing' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.confirm_existing.research",
MAX(CASE WHEN v.row = 'not_processed.confirm_existing' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.confirm_existing.social_org",
MAX(CASE WHEN v.row = 'not_processed.confirm_existing' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.confirm_existing.legal_service",
MAX(CASE WHEN v.row = 'not_processed.confirm_existing' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.confirm_existing.other_org",
MAX(CASE WHEN v.row = 'not_processed.confirm_existing' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "not_processed.confirm_existing.total",
MAX(CASE WHEN v.row = 'other' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "other.natural_person",
MAX(CASE WHEN v.row = 'other' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "other.commercial",
MAX(CASE WHEN v.row = 'other' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "other.research",
MAX(CASE WHEN v.row = 'other' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "other.social_org",
MAX(CASE WHEN v.row = 'other' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "other.legal_service",
MAX(CASE WHEN v.row = 'other' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "other.other_org",
MAX(CASE WHEN v.row = 'other' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "other.total",
MAX(CASE WHEN v.row = 'other.no_correction' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "other.no_correction.natural_person",
MAX(CASE WHEN v.row = 'other.no_correction' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "other.no_correction.commercial",
MAX(CASE WHEN v.row = 'other.no_correction' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "other.no_correction.research",
MAX(CASE WHEN v.row = 'other.no_correction' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "other.no_correction.social_org",
MAX(CASE WHEN v.row = 'other.no_correction' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "other.no_correction.legal_service",
MAX(CASE WHEN v.row = 'other.no_correction' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "other.no_correction.other_org",
MAX(CASE WHEN v.row = 'other.no_correction' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "other.no_correction.total",
MAX(CASE WHEN v.row = 'other.unpaid_fee' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "other.unpaid_fee.natural_person",
MAX(CASE WHEN v.row = 'other.unpaid_fee' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "other.unpaid_fee.commercial",
MAX(CASE WHEN v.row = 'other.unpaid_fee' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "other.unpaid_fee.research",
MAX(CASE WHEN v.row = 'other.unpaid_fee' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "other.unpaid_fee.social_org",
MAX(CASE WHEN v.row = 'other.unpaid_fee' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "other.unpaid_fee.legal_service",
MAX(CASE WHEN v.row = 'other.unpaid_fee' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "other.unpaid_fee.other_org",
MAX(CASE WHEN v.row = 'other.unpaid_fee' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "other.unpaid_fee.total",
MAX(CASE WHEN v.row = 'other.other' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "other.other.natural_person",
MAX(CASE WHEN v.row = 'other.other' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "other.other.commercial",
MAX(CASE WHEN v.row = 'other.other' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "other.other.research",
MAX(CASE WHEN v.row = 'other.other' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "other.other.social_org",
MAX(CASE WHEN v.row = 'other.other' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "other.other.legal_service",
MAX(CASE WHEN v.row = 'other.other' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "other.other.other_org",
MAX(CASE WHEN v.row = 'other.other' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "other.other.total",
MAX(CASE WHEN v.row = 'total' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "total.natural_person",
MAX(CASE WHEN v.row = 'total' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "total.commercial",
MAX(CASE WHEN v.row = 'total' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "total.research",
MAX(CASE WHEN v.row = 'total' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "total.social_org",
MAX(CASE WHEN v.row = 'total' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "total.legal_service",
MAX(CASE WHEN v.row = 'total' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "total.other_org",
MAX(CASE WHEN v.row = 'total' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "total.total",
MAX(CASE WHEN v.row = 'carried_forward' AND v.col = 'natural_person' THEN CAST(v.value AS NUMERIC) END) AS "carried_forward.natural_person",
MAX(CASE WHEN v.row = 'carried_forward' AND v.col = 'commercial' THEN CAST(v.value AS NUMERIC) END) AS "carried_forward.commercial",
MAX(CASE WHEN v.row = 'carried_forward' AND v.col = 'research' THEN CAST(v.value AS NUMERIC) END) AS "carried_forward.research",
MAX(CASE WHEN v.row = 'carried_forward' AND v.col = 'social_org' THEN CAST(v.value AS NUMERIC) END) AS "carried_forward.social_org",
MAX(CASE WHEN v.row = 'carried_forward' AND v.col = 'legal_service' THEN CAST(v.value AS NUMERIC) END) AS "carried_forward.legal_service",
MAX(CASE WHEN v.row = 'carried_forward' AND v.col = 'other_org' THEN CAST(v.value AS NUMERIC) END) AS "carried_forward.other_org",
MAX(CASE WHEN v.row = 'carried_forward' AND v.col = 'total' THEN CAST(v.value AS NUMERIC) END) AS "carried_forward.total"
FROM sources s
JOIN reports r ON r.source_id = s.id
JOIN "values" v ON v.source_id = s.id AND v."table" = 't3'
GROUP BY s.id, r.source_id;
CREATE VIEW totals_by_region_year AS
SELECT region, year, "table", row, col, reports, flagged,
       CASE typeof(total) WHEN 'real' THEN round(total, 6) ELSE total END AS total
FROM (SELECT r.region, r.year, v."table", v.row, v.col,
       COUNT(v.value) AS reports,
       COUNT(CASE WHEN v.value IS NOT NULL AND r.status <> 'ok' THEN 1 END) AS flagged,
       SUM(CAST(v.value AS NUMERIC)) AS total
FROM "values" v
JOIN reports r ON r.source_id = v.source_id
GROUP BY r.region, r.year, v."table", v.row, v.col);
CREATE INDEX reports_region_code_year ON reports (region_code, year);
COMMIT;
