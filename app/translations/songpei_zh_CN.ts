<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../gui/county/certificate_dialog.py" line="34"/>
        <source>Certificate for a teacher</source>
        <translation>为教师出具证书</translation>
    </message>
    <message>
        <location filename="../gui/county/certificate_dialog.py" line="37"/>
        <source>A 结业证书 when the teacher has met the requirements, otherwise a 学时证明 of the hours recognised so far. It carries a QR code signed with the county key: anyone can check it with songpei certificate verify.</source>
        <translation>教师达到要求的出具结业证书，否则出具截至目前已认定学时的学时证明。证书上的二维码由县级密钥签名：任何人都可以用 songpei certificate verify 核验。</translation>
    </message>
    <message>
        <location filename="../gui/county/certificate_dialog.py" line="49"/>
        <source>Teacher&apos;s ID card number:</source>
        <translation>教师身份证号：</translation>
    </message>
    <message>
        <location filename="../gui/county/certificate_dialog.py" line="50"/>
        <source>Checked by (审核人):</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <location filename="../gui/county/certificate_dialog.py" line="55"/>
        <source>Issue…</source>
        <translation>出具…</translation>
    </message>
    <message>
        <location filename="../gui/county/certificate_dialog.py" line="59"/>
        <source>Type the teacher&apos;s ID card number and your name.</source>
        <translation>请填写教师的身份证号和您的姓名。</translation>
    </message>
    <message>
        <location filename="../gui/county/certificate_dialog.py" line="63"/>
        <source>Save the certificate</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <location filename="../gui/county/certificate_dialog.py" line="65"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/county/certificate_dialog.py" line="78"/>
        <source>Adding up the teacher&apos;s hours and signing…</source>
        <translation>正在汇总该教师的学时并签名……</translation>
    </message>
    <message>
        <location filename="../gui/county/certificate_dialog.py" line="84"/>
        <source>Certificate %1 for %2: %3 hours.</source>
        <translation>已为 %2 出具证书 %1：%3 学时。</translation>
    </message>
    <message>
        <location filename="../gui/county/certificate_dialog.py" line="86"/>
        <source>Certificate %1 for %2 (%3 hours) was issued before: the same one.</source>
        <translation>%2 的证书 %1（%3 学时）此前已出具：仍是同一份。</translation>
    </message>
</context>
<context>
    <name>ChoosePointsDialog</name>
    <message>
        <location filename="../gui/school/evidence.py" line="135"/>
        <source>Choose ability points</source>
        <translation>选择能力点</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="141"/>
        <source>Choose at least %1 ability points to practise in class. Each earns practice hours once the school team rates its evidence pass or excellent.</source>
        <translation>请至少选择 %1 个能力点在课堂上实践。每个能力点的实践成果经信息化管理团队评为合格或优秀后，即可获得实践应用学时。</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="152"/>
        <source>The school has not set its teaching environment yet: points of every environment are shown. The school team sets it under “School settings”.</source>
        <translation>学校尚未设置教学环境，因此列出全部环境的能力点。信息化管理团队可在“学校设置”中设置。</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="157"/>
        <source>Points for this school&apos;s teaching environment: %1 and the poorer ones.</source>
        <translation>以下是适合本校教学环境的能力点：%1，以及比它基础的环境。</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="169"/>
        <source>%1 practice hours</source>
        <translation>%1 实践应用学时</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="178"/>
        <source>No ability points yet: install a content pack that lists them.</source>
        <translation>暂无能力点：请安装列有能力点的内容包。</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="181"/>
        <source>No installed ability point is for this school&apos;s teaching environment: install a content pack with points for it.</source>
        <translation>已安装的能力点都不适合本校的教学环境：请安装含有适合本校环境能力点的内容包。</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="188"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>CountyDemo</name>
    <message>
        <location filename="../gui/county/demo_launch.py" line="41"/>
        <source>Building the demo county (once)…</source>
        <translation>正在生成演示县（只需一次）…</translation>
    </message>
    <message>
        <location filename="../gui/county/demo_launch.py" line="43"/>
        <location filename="../gui/county/demo_launch.py" line="73"/>
        <source>Songpei — demo county</source>
        <translation>送培 — 演示县</translation>
    </message>
    <message>
        <location filename="../gui/county/demo_launch.py" line="55"/>
        <source>Building the demo county (once): laptop %1 of %2</source>
        <translation>正在生成演示县（只需一次）：第 %1 台电脑，共 %2 台</translation>
    </message>
    <message>
        <location filename="../gui/county/demo_launch.py" line="91"/>
        <source> (demo)</source>
        <translation>（演示）</translation>
    </message>
</context>
<context>
    <name>CountyLaunch</name>
    <message>
        <location filename="../gui/county/launch.py" line="27"/>
        <source>Choose the county hub (created with: songpei hub init)</source>
        <translation>选择县级数据库（用 songpei hub init 创建）</translation>
    </message>
    <message>
        <location filename="../gui/county/launch.py" line="29"/>
        <source>County hub (*.db);;All files (*)</source>
        <translation>县级数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../gui/county/launch.py" line="41"/>
        <location filename="../gui/county/launch.py" line="90"/>
        <source>Songpei — county office</source>
        <translation>送培 — 县级管理</translation>
    </message>
    <message>
        <location filename="../gui/county/launch.py" line="60"/>
        <source>Bringing the county hub up to date for this version of Songpei. This is done once; a hub of several years takes a minute or two…</source>
        <translation>正在把县级数据库升级为本版送培使用的格式。只需一次；存有几年记录的数据库约需一两分钟……</translation>
    </message>
</context>
<context>
    <name>CountyReport</name>
    <message>
        <location filename="../pdf/county_report.py" line="80"/>
        <source>(not matched to a district)</source>
        <translation>（未匹配到区县）</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="238"/>
        <source>The county at a glance</source>
        <translation>全县概况</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="244"/>
        <location filename="../pdf/county_report.py" line="246"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="245"/>
        <location filename="../pdf/county_report.py" line="247"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="250"/>
        <source>Full-time teachers</source>
        <translation>专任教师总数</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="252"/>
        <source>Teachers known to the county</source>
        <translation>已注册教师数</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="256"/>
        <source>Taking part in %1</source>
        <translation>%1 年参训人数</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="262"/>
        <source>Passed the school-based assessment</source>
        <translation>校本应用考核合格人数</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="268"/>
        <source>Finished (hours met and qualified)</source>
        <translation>结业（学时达标且考核合格）</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="276"/>
        <source>Ability points rated</source>
        <translation>已评定合格能力点</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="280"/>
        <source>Online study hours in %1</source>
        <translation>%1 年网络研修学时</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="282"/>
        <source>Practice hours in %1</source>
        <translation>%1 年实践应用学时</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="292"/>
        <source>Target for %1</source>
        <translation>%1 年目标</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="294"/>
        <source>Finished in %1</source>
        <translation>%1 年结业</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="298"/>
        <source>Target reached</source>
        <translation>目标完成率</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="338"/>
        <source>Hours in %1 by district</source>
        <translation>%1 年各区县学时</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="364"/>
        <location filename="../pdf/county_report.py" line="418"/>
        <source>Taking part</source>
        <translation>参训
人数</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="366"/>
        <location filename="../pdf/county_report.py" line="419"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="258"/>
        <source>Participation rate</source>
        <translation>参训率</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="274"/>
        <source>Passed a self-test</source>
        <translation>自测合格人数</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="264"/>
        <location filename="../pdf/county_report.py" line="367"/>
        <location filename="../pdf/county_report.py" line="420"/>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="223"/>
        <source>Teacher IT-ability programme: progress report</source>
        <translation>教师信息技术应用能力提升工程进展报告</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="227"/>
        <source>Programme: %1 · figures of %2 · made %3</source>
        <translation>项目：%1 · %2 年度数据 · 生成于 %3</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="236"/>
        <source>The city at a glance</source>
        <translation>全市概况</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="270"/>
        <source>Completion rate</source>
        <translation>结业率</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="286"/>
        <source>Face-to-face hours in %1</source>
        <translation>%1 年集中培训学时</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="288"/>
        <source>Hours in %1</source>
        <translation>%1 年学时合计</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="300"/>
        <source>Still to finish for the target</source>
        <translation>尚差人数</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="315"/>
        <source>Finished teachers against the %1 target, by district</source>
        <translation>各区县结业人数与 %1 年目标</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="323"/>
        <location filename="../pdf/county_report.py" line="371"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="328"/>
        <location filename="../pdf/county_report.py" line="368"/>
        <location filename="../pdf/county_report.py" line="421"/>
        <source>Finished</source>
        <translation>结业</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="342"/>
        <source>Online study</source>
        <translation>网络研修</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="347"/>
        <location filename="../pdf/county_report.py" line="460"/>
        <source>Face-to-face</source>
        <translation>集中培训</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="352"/>
        <location filename="../pdf/county_report.py" line="461"/>
        <source>Practice</source>
        <translation>实践应用</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="362"/>
        <location filename="../pdf/county_report.py" line="416"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="363"/>
        <source>Teachers</source>
        <translation>专任
教师</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="365"/>
        <source>Participation</source>
        <translation>参训率</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="369"/>
        <location filename="../pdf/county_report.py" line="422"/>
        <source>Completion</source>
        <translation>结业率</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="370"/>
        <location filename="../pdf/county_report.py" line="423"/>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="372"/>
        <source>Finished
in %1</source>
        <translation>%1年
结业</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="373"/>
        <source>Behind</source>
        <translation>尚差
人数</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="378"/>
        <source>City total</source>
        <translation>全市合计</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="380"/>
        <source>County total</source>
        <translation>全县合计</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="402"/>
        <source>Districts</source>
        <translation>各区县情况</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="409"/>
        <source>Schools (lowest completion first within each district)</source>
        <translation>各学校情况（区县内按结业率从低到高）</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="415"/>
        <location filename="../pdf/county_report.py" line="458"/>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="417"/>
        <source>Enrolled</source>
        <translation>已注册
教师</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="443"/>
        <source>No teacher has sent any learning yet.</source>
        <translation>尚无教师的学习记录送达。</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="448"/>
        <source>Teachers who have not finished (%1)</source>
        <translation>尚未结业的教师（%1 人）</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="456"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="457"/>
        <source>ID card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="459"/>
        <source>Online</source>
        <translation>网络研修</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="462"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="463"/>
        <source>Best score</source>
        <translation>最高
成绩</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="464"/>
        <source>Tests passed</source>
        <translation>自测
合格数</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="485"/>
        <source>Every teacher taking part has met the hours.</source>
        <translation>所有参训教师均已达到学时要求。</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="496"/>
        <source>Checked by: ____________    Date: ____________</source>
        <translation>审核人：____________    日期：____________</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="500"/>
        <source>Unit (seal): ______________________</source>
        <translation>单位（盖章）：______________________</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="505"/>
        <source>%1 · page %2</source>
        <translation>%1 · 第 %2 页</translation>
    </message>
    <message>
        <location filename="../pdf/county_report.py" line="522"/>
        <source>%1 county progress report</source>
        <translation>%1 进展报告</translation>
    </message>
</context>
<context>
    <name>CountyWindow</name>
    <message>
        <location filename="../gui/county/window.py" line="34"/>
        <source>Songpei — county office: %1</source>
        <translation>送培 — 县级管理：%1</translation>
    </message>
    <message>
        <location filename="../gui/county/window.py" line="49"/>
        <source>Overview</source>
        <translation>进度总览</translation>
    </message>
    <message>
        <location filename="../gui/county/window.py" line="50"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../gui/county/window.py" line="51"/>
        <source>Laptops</source>
        <translation>学校电脑</translation>
    </message>
    <message>
        <location filename="../gui/county/window.py" line="52"/>
        <source>Evidence</source>
        <translation>学时认定</translation>
    </message>
    <message>
        <location filename="../gui/county/window.py" line="53"/>
        <source>Whole-school</source>
        <translation>整校推进</translation>
    </message>
    <message>
        <location filename="../gui/county/window.py" line="54"/>
        <source>Anomalies</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../gui/county/window.py" line="55"/>
        <source>Quarantine</source>
        <translation>隔离区</translation>
    </message>
    <message>
        <location filename="../gui/county/window.py" line="56"/>
        <source>Mail</source>
        <translation>回执</translation>
    </message>
    <message>
        <location filename="../gui/county/window.py" line="57"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../gui/county/window.py" line="62"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../gui/county/window.py" line="82"/>
        <source>County key %1 (fingerprint %2)</source>
        <translation>县级密钥 %1（指纹 %2）</translation>
    </message>
    <message>
        <location filename="../gui/county/window.py" line="110"/>
        <source>A trainer&apos;s drive was plugged in: %1</source>
        <translation>已插入送培 U 盘：%1</translation>
    </message>
    <message>
        <location filename="../gui/county/window.py" line="117"/>
        <source>Please wait: the hub is still working.</source>
        <translation>请稍候：数据库仍在处理中。</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../crash.py" line="61"/>
        <source>Songpei met an unexpected problem: %1. Details were written to %2; please give that file to your trainer.</source>
        <translation>送培遇到了意外问题：%1。详细信息已写入 %2，请把这个文件交给送培教师。</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="44"/>
        <location filename="../gui/county/dashboard_model.py" line="179"/>
        <source>(no district matched)</source>
        <translation>（未匹配到区县）</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="45"/>
        <source>(no township in the name)</source>
        <translation>（校名中无乡镇）</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="52"/>
        <source>finished</source>
        <translation>结业</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="53"/>
        <source>in training</source>
        <translation>在训</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="54"/>
        <source>not started</source>
        <translation>未参训</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="73"/>
        <source>Participation rate</source>
        <translation>参训率</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="78"/>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="101"/>
        <source>Selected</source>
        <translation>选送</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="93"/>
        <source>Selection rate</source>
        <translation>选送率</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="108"/>
        <source>Reporting rate</source>
        <translation>报到率</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="120"/>
        <source>Enrolled</source>
        <translation>已注册
教师</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="125"/>
        <source>Studied in %1</source>
        <translation>%1 年
参训</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="130"/>
        <source>Finished in %1</source>
        <translation>%1 年
结业</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="135"/>
        <source>Evidence waiting</source>
        <translation>待认定
成果</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="141"/>
        <location filename="../gui/county/dashboard_model.py" line="178"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="143"/>
        <source>Full-time teachers</source>
        <translation>专任教师
总数</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="148"/>
        <source>Target %1</source>
        <translation>%1 年
目标</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="158"/>
        <source>Completion rate</source>
        <translation>结业率</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="163"/>
        <source>Behind</source>
        <translation>尚差人数</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="171"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="173"/>
        <location filename="../gui/county/dashboard_model.py" line="217"/>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="188"/>
        <source>Online hours in %1</source>
        <translation>%1 年网络
研修学时</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="193"/>
        <source>Face-to-face hours in %1</source>
        <translation>%1 年集中
培训学时</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="198"/>
        <source>Practice hours in %1</source>
        <translation>%1 年实践
应用学时</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="211"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="213"/>
        <source>ID card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="219"/>
        <source>Online hours</source>
        <translation>网络研修
学时</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="224"/>
        <source>Face-to-face hours</source>
        <translation>集中培训
学时</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="229"/>
        <source>Practice hours</source>
        <translation>实践应用
学时</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="234"/>
        <source>Total hours</source>
        <translation>总学时</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="239"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="244"/>
        <source>School-based assessment</source>
        <translation>校本应用
考核</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="246"/>
        <source>Qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="248"/>
        <source>Not yet qualified</source>
        <translation>尚未合格</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_model.py" line="253"/>
        <source>Ability points rated</source>
        <translation>已评定
能力点</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="64"/>
        <source>Who is behind</source>
        <translation>进度总览：谁落后了</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="71"/>
        <location filename="../gui/county/dashboard_page.py" line="272"/>
        <source>Districts</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="71"/>
        <location filename="../gui/county/dashboard_page.py" line="273"/>
        <source>Townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="71"/>
        <location filename="../gui/county/dashboard_page.py" line="274"/>
        <source>Schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="71"/>
        <location filename="../gui/county/dashboard_page.py" line="275"/>
        <source>Teachers</source>
        <translation>教师</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="77"/>
        <source>Find a teacher by name or ID number (Ctrl+F)</source>
        <translation>按姓名或身份证号查找教师（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="86"/>
        <source>A teacher&apos;s name, a school, or the last 4 of an ID number; then Enter (Ctrl+G)</source>
        <translation>教师姓名、学校名称或身份证号后 4 位，按回车（Ctrl+G）</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="89"/>
        <source>Go to a teacher or a school</source>
        <translation>转到教师或学校</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="96"/>
        <source>Only those &amp;behind</source>
        <translation>只看落后的(&amp;B)</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="97"/>
        <source>Back &amp;up</source>
        <translation>返回上一级(&amp;U)</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="99"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="101"/>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="109"/>
        <source>&amp;Go to:</source>
        <translation>转到(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="213"/>
        <source>Adding up every teacher&apos;s hours…</source>
        <translation>正在汇总每位教师的学时…</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="234"/>
        <source>%1 — %2 rows. Backspace goes back up.</source>
        <translation>%1 — 共 %2 行。按退格键返回上一级。</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="237"/>
        <source>%1 — %2 rows. Double-click a row or press Enter to see what it is made of; Backspace goes back up.</source>
        <translation>%1 — 共 %2 行。双击某行或按回车键查看下一级；按退格键返回上一级。</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="246"/>
        <source>%1 schools are not in the school roster: their district and township are guessed from their names.</source>
        <translation>有 %1 所学校不在学校名册中：它们的区县和乡镇是按校名推断的。</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="278"/>
        <source>Whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="278"/>
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="279"/>
        <source>%1: all %2</source>
        <translation>%1：全部%2</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="280"/>
        <source>(not known)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="281"/>
        <source>%1 in %2</source>
        <translation>%2的%1</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="333"/>
        <source>No teacher or school found for “%1”.</source>
        <translation>没有找到“%1”对应的教师或学校。</translation>
    </message>
    <message>
        <location filename="../gui/county/dashboard_page.py" line="359"/>
        <source>Found %1 of %2: %3 (Enter in “Go to” for the next).</source>
        <translation>找到第 %1 个，共 %2 个：%3（在“转到”中再按回车看下一个）。</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../gui/county/devices_page.py" line="36"/>
        <source>School laptops</source>
        <translation>学校电脑</translation>
    </message>
    <message>
        <location filename="../gui/county/devices_page.py" line="40"/>
        <source>A new laptop waits until you approve it. Before approving, read its key fingerprint to the school on the phone and make sure it matches.</source>
        <translation>新电脑须经批准才能导入。批准前，请打电话与学校核对密钥指纹，确认一致。</translation>
    </message>
    <message>
        <location filename="../gui/county/devices_page.py" line="49"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../gui/county/devices_page.py" line="50"/>
        <source>Laptop</source>
        <translation>电脑</translation>
    </message>
    <message>
        <location filename="../gui/county/devices_page.py" line="51"/>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <location filename="../gui/county/devices_page.py" line="52"/>
        <source>Schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../gui/county/devices_page.py" line="53"/>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <location filename="../gui/county/devices_page.py" line="54"/>
        <source>Last import</source>
        <translation>最近导入</translation>
    </message>
    <message>
        <location filename="../gui/county/devices_page.py" line="60"/>
        <source>&amp;Approve and import its records…</source>
        <translation>批准并导入其记录(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../gui/county/devices_page.py" line="62"/>
        <source>&amp;Revoke…</source>
        <translation>吊销(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../gui/county/devices_page.py" line="129"/>
        <source>Importing the laptop&apos;s records…</source>
        <translation>正在导入该电脑的记录…</translation>
    </message>
    <message>
        <location filename="../gui/county/devices_page.py" line="132"/>
        <source>Approved %1. %2</source>
        <translation>已批准 %1。%2</translation>
    </message>
    <message>
        <location filename="../gui/county/devices_page.py" line="145"/>
        <source>Revoke a laptop</source>
        <translation>吊销电脑</translation>
    </message>
    <message>
        <location filename="../gui/county/devices_page.py" line="148"/>
        <source>Revoke the laptop %1 (%2)? Its bundles will be held in quarantine from now on. Do this when a laptop is stolen or its key has leaked.</source>
        <translation>确定吊销电脑 %1（%2）吗？此后它的数据包都会被放入隔离区。电脑被盗或密钥泄露时才这样做。</translation>
    </message>
    <message>
        <location filename="../gui/county/devices_page.py" line="157"/>
        <source>Revoke</source>
        <translation>吊销</translation>
    </message>
    <message>
        <location filename="../gui/county/devices_page.py" line="158"/>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../gui/county/devices_page.py" line="171"/>
        <source>Revoked %1.</source>
        <translation>已吊销 %1。</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <location filename="../gui/school/diagnostic.py" line="52"/>
        <source>Technical literacy</source>
        <translation>技术素养</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="53"/>
        <source>Planning and preparation</source>
        <translation>计划与准备</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="54"/>
        <source>Organisation and management</source>
        <translation>组织与管理</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="55"/>
        <source>Assessment and diagnosis</source>
        <translation>评估与诊断</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="56"/>
        <source>Learning and development</source>
        <translation>学习与发展</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="63"/>
        <source>Level I: optimising teaching</source>
        <translation>Ⅰ级：应用信息技术优化课堂教学</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="64"/>
        <source>Level II: transforming learning</source>
        <translation>Ⅱ级：应用信息技术转变学习方式</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="71"/>
        <source>Proficient</source>
        <translation>熟练</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="72"/>
        <source>Partly mastered</source>
        <translation>基本掌握</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="73"/>
        <source>Not yet mastered</source>
        <translation>未掌握</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="74"/>
        <source>Not tested</source>
        <translation>未测</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="86"/>
        <source>pre-test: %1 %2%</source>
        <translation>前测：%1 %2%</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="92"/>
        <source>%1 points</source>
        <translation>%1 个百分点</translation>
    </message>
</context>
<context>
    <name>DiagnosticDialog</name>
    <message>
        <location filename="../gui/school/diagnostic.py" line="145"/>
        <source>Diagnostic test</source>
        <translation>诊断测评</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="161"/>
        <source>No content pack on this computer has a diagnostic test. Ask the trainer to install one from the trainer&apos;s drive.</source>
        <translation>本机的内容包都没有诊断测评。请送培教师从送培 U 盘安装一个含诊断测评的内容包。</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="165"/>
        <source>The diagnostic test&apos;s questions cannot be read. Install its content pack again.</source>
        <translation>诊断测评的题目无法读取。请重新安装它的内容包。</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="199"/>
        <source>%1 questions on the five dimensions of the 1.0 standard, each at two levels. There is no pass mark: the result shows what to study first.</source>
        <translation>共 %1 道题，覆盖 1.0 能力标准的五个维度，每个维度分两个层级。不设及格线：结果告诉您先学什么。</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="206"/>
        <source>Time limit: %1 minutes.</source>
        <translation>限时 %1 分钟。</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="210"/>
        <source>You took the pre-test. Take the post-test when you have studied the courses: each cell will show what changed.</source>
        <translation>您已完成前测。学完课程后再做后测：每一格都会显示前后的变化。</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="217"/>
        <source>Start the post-test</source>
        <translation>开始后测</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="217"/>
        <source>Start the pre-test</source>
        <translation>开始前测</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="232"/>
        <source>Your pre-test: %1 out of 100</source>
        <translation>前测得分：%1（满分 100）</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="235"/>
        <source>Your post-test: %1 out of 100 (pre-test: %2)</source>
        <translation>后测得分：%1（满分 100；前测 %2）</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="250"/>
        <source>Study first: %1 · %2 (%3, %4%).</source>
        <translation>建议先学：%1 · %2（%3，%4%）。</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="260"/>
        <source>Recommended lessons</source>
        <translation>推荐课程</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="269"/>
        <source>Recommended lessons for the cells not yet 熟练, weakest first (Enter or double click opens one):</source>
        <translation>尚未“熟练”的维度的推荐课程，最弱的在前（按回车或双击打开）：</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="274"/>
        <source>The courses on this computer do not cover the cells not yet 熟练. Ask the trainer for courses on them.</source>
        <translation>本机课程未覆盖尚未“熟练”的维度。请向送培教师索取相关课程。</translation>
    </message>
    <message>
        <location filename="../gui/school/diagnostic.py" line="278"/>
        <source>Every tested cell is 熟练: no lesson needs to be recommended.</source>
        <translation>所有已测维度均为“熟练”：无需推荐课程。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../gui/widgets.py" line="28"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DistrictChart</name>
    <message>
        <location filename="../gui/county/chart.py" line="40"/>
        <source>Finished teachers against the %1 target</source>
        <translation>%1 年各区县结业人数与目标</translation>
    </message>
    <message>
        <location filename="../gui/county/chart.py" line="41"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../gui/county/chart.py" line="43"/>
        <source>Finished (red: behind)</source>
        <translation>已结业（红色：落后）</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../doctor.py" line="61"/>
        <source>Video player (libvlc)</source>
        <translation>视频播放组件（libvlc）</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="65"/>
        <source>Reinstall Songpei: the installer brings its own libvlc.</source>
        <translation>请重新安装送培：安装包自带 libvlc。</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="76"/>
        <source>libvlc is installed but its plugins are missing</source>
        <translation>已安装 libvlc，但缺少其插件</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="86"/>
        <source>libvlc could not be loaded (%1)</source>
        <translation>无法加载 libvlc（%1）</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="92"/>
        <source>Chinese font (WenQuanYi Micro Hei)</source>
        <translation>中文字体（文泉驿微米黑）</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="95"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="108"/>
        <source>Qt window system plugin</source>
        <translation>Qt 窗口系统插件</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="119"/>
        <source>the xcb plugin is missing from PySide6</source>
        <translation>PySide6 中缺少 xcb 插件</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="120"/>
        <source>Reinstall the Python environment: ./dev.sh setup</source>
        <translation>请重新安装 Python 环境：./dev.sh setup</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="130"/>
        <source>missing libraries: %1</source>
        <translation>缺少库：%1</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="148"/>
        <source>(no screen attached now; windows will open on the desktop)</source>
        <translation>（当前没有连接屏幕；在桌面上会正常打开窗口）</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="203"/>
        <source>OpenGL (graphics driver)</source>
        <translation>OpenGL（显卡驱动）</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="204"/>
        <source>Start Songpei with --software-gl (drawing on the processor), or install the graphics driver for this laptop.</source>
        <translation>用 --software-gl 启动送培（改由处理器绘图），或为这台电脑安装显卡驱动。</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="211"/>
        <source>no OpenGL context could be created</source>
        <translation>无法创建 OpenGL 绘图环境</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="215"/>
        <source>OpenGL %1 is too old</source>
        <translation>OpenGL %1 版本太旧</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="220"/>
        <source>Screen size</source>
        <translation>屏幕分辨率</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="230"/>
        <source>%1 is smaller than 1366×768: some windows will not fit</source>
        <translation>%1 小于 1366×768：部分窗口会显示不全</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="233"/>
        <source>Set the display resolution to 1366×768 or more, and the scale to 100 % or 125 %.</source>
        <translation>请把显示分辨率设为 1366×768 或更高，缩放比例设为 100% 或 125%。</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="246"/>
        <source>Memory (RAM)</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="247"/>
        <source>%1 MB in all, %2 MB free now</source>
        <translation>共 %1 MB，当前可用 %2 MB</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="254"/>
        <source>Songpei needs a computer with at least 4 GB of memory (videos may stutter).</source>
        <translation>送培需要至少 4 GB 内存的电脑（否则视频可能卡顿）。</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="266"/>
        <source>Close other programs (a web browser first) before starting a video lesson.</source>
        <translation>开始视频课之前，请先关闭其他程序（尤其是浏览器）。</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="320"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="329"/>
        <source>Use --data-dir to choose a writable folder.</source>
        <translation>请用 --data-dir 选择一个可写的文件夹。</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="334"/>
        <source>Free disk space</source>
        <translation>磁盘剩余空间</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="342"/>
        <source>Free at least %1 MB on this disk (delete or move old files).</source>
        <translation>请在此磁盘上腾出至少 %1 MB 空间（删除或移走旧文件）。</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="359"/>
        <source>Learning record (journal)</source>
        <translation>学习记录（日志）</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="366"/>
        <location filename="../doctor.py" line="373"/>
        <source>Give the data folder to your trainer.</source>
        <translation>请把数据文件夹交给送培教师。</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="372"/>
        <source>%1 problems in the hash chain</source>
        <translation>哈希链中有 %1 处问题</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="375"/>
        <source>%1 events, chain intact</source>
        <translation>%1 条事件，哈希链完整</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="389"/>
        <source>Songpei self-check</source>
        <translation>送培 自检</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="394"/>
        <source>Fix: %1</source>
        <translation>解决办法：%1</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="397"/>
        <source>%1 problems found.</source>
        <translation>发现 %1 个问题。</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="399"/>
        <source>All is well.</source>
        <translation>一切正常。</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../gui/school/enrol.py" line="35"/>
        <source>Enrol a new teacher</source>
        <translation>注册新教师</translation>
    </message>
    <message>
        <location filename="../gui/school/enrol.py" line="40"/>
        <source>18 characters; the last may be X</source>
        <translation>18 位，最后一位可以是 X</translation>
    </message>
    <message>
        <location filename="../gui/school/enrol.py" line="46"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../gui/school/enrol.py" line="53"/>
        <source>Chinese</source>
        <translation>语文</translation>
    </message>
    <message>
        <location filename="../gui/school/enrol.py" line="54"/>
        <source>Mathematics</source>
        <translation>数学</translation>
    </message>
    <message>
        <location filename="../gui/school/enrol.py" line="55"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../gui/school/enrol.py" line="56"/>
        <source>Science</source>
        <translation>科学</translation>
    </message>
    <message>
        <location filename="../gui/school/enrol.py" line="57"/>
        <source>Morality and Law</source>
        <translation>道德与法治</translation>
    </message>
    <message>
        <location filename="../gui/school/enrol.py" line="58"/>
        <source>Music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <location filename="../gui/school/enrol.py" line="59"/>
        <source>Art</source>
        <translation>美术</translation>
    </message>
    <message>
        <location filename="../gui/school/enrol.py" line="60"/>
        <source>Physical Education</source>
        <translation>体育</translation>
    </message>
    <message>
        <location filename="../gui/school/enrol.py" line="61"/>
        <source>Information Technology</source>
        <translation>信息技术</translation>
    </message>
    <message>
        <location filename="../gui/school/enrol.py" line="72"/>
        <source>at least %1 digits</source>
        <translation>至少 %1 位数字</translation>
    </message>
    <message>
        <location filename="../gui/school/enrol.py" line="76"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../gui/school/enrol.py" line="77"/>
        <source>ID card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../gui/school/enrol.py" line="78"/>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../gui/school/enrol.py" line="79"/>
        <source>School stage</source>
        <translation>学段</translation>
    </message>
    <message>
        <location filename="../gui/school/enrol.py" line="80"/>
        <source>Subject</source>
        <translation>学科</translation>
    </message>
    <message>
        <location filename="../gui/school/enrol.py" line="81"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../gui/school/enrol.py" line="82"/>
        <source>PIN again</source>
        <translation>再次输入 PIN 码</translation>
    </message>
    <message>
        <location filename="../gui/school/enrol.py" line="83"/>
        <source>Enrol</source>
        <translation>注册</translation>
    </message>
    <message>
        <location filename="../gui/school/enrol.py" line="86"/>
        <source>The ID card number is stored on this computer and sent, encrypted, only to the county office. Screens show it masked.</source>
        <translation>身份证号只保存在本机，并且只加密发送给县级管理部门；屏幕上只显示部分号码。</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../gui/school/evidence.py" line="241"/>
        <source>Practice evidence: %1 %2</source>
        <translation>实践成果：%1 %2</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="249"/>
        <source>Rated pass or excellent by the school team, this ability point earns %1 practice hours.</source>
        <translation>本能力点的成果经信息化管理团队评为合格或优秀后，可获得 %1 实践应用学时。</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="274"/>
        <source>To pass:</source>
        <translation>合格要求：</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="284"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="289"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="314"/>
        <source>Submitted on %1 and recognised by the county.</source>
        <translation>%1 已提交，县级已认定。</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="316"/>
        <source>Submitted on %1 and not recognised by the county; submit it again.</source>
        <translation>%1 已提交，县级未认定；请重新提交。</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="320"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="325"/>
        <source>Submitted on %1, waiting for the school team&apos;s rating; it can be submitted again only if rated fail.</source>
        <translation>%1 已提交，等待信息化管理团队考核；只有评为“不合格”后才能重新提交。</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="331"/>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="332"/>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="333"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="336"/>
        <source>Submitted on %1 and rated: %2.</source>
        <translation>已于 %1 提交，考核结果：%2。</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="341"/>
        <source>Comment: %1</source>
        <translation>评语：%1</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="343"/>
        <source>Change what the comment asks and submit it again.</source>
        <translation>请按评语修改后重新提交。</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="368"/>
        <source>Saving the evidence…</source>
        <translation>正在保存成果…</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../gui/county/evidence_page.py" line="47"/>
        <source>Practice evidence: recognising hours</source>
        <translation>实践成果：学时认定</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="50"/>
        <source>Waiting for the county</source>
        <translation>待县级认定</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="51"/>
        <source>Decided</source>
        <translation>已认定</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="52"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="54"/>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="67"/>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="63"/>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="68"/>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="64"/>
        <source>Ability point</source>
        <translation>能力点</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="65"/>
        <source>School&apos;s rating</source>
        <translation>校本考核</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="66"/>
        <source>County</source>
        <translation>县级认定</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="77"/>
        <source>&amp;Open the file</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="82"/>
        <source>&amp;Recognise the practice hours</source>
        <translation>认定实践学时(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="83"/>
        <source>Do &amp;not recognise them</source>
        <translation>不予认定(&amp;N)</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="89"/>
        <source>Required when not recognised; the teacher sees it</source>
        <translation>不予认定时必填；教师会看到</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="91"/>
        <source>&amp;Save the decision</source>
        <translation>保存认定结果(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="96"/>
        <source>County ra&amp;ting:</source>
        <translation>县级评定(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="99"/>
        <source>Re&amp;ason:</source>
        <translation>理由(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="100"/>
        <source>&amp;Decided by:</source>
        <translation>认定人(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="112"/>
        <source>Decisions reach the laptops with the next mail (Mail page).</source>
        <translation>认定结果随下一次回执送回各电脑（见“回执”页）。</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="128"/>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="129"/>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="130"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="131"/>
        <source>not rated yet</source>
        <translation>尚未评定</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="136"/>
        <source>waiting</source>
        <translation>待认定</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="138"/>
        <source>%1, hours recognised</source>
        <translation>%1，学时已认定</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="138"/>
        <source>%1, not recognised</source>
        <translation>%1，不予认定</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="158"/>
        <source>%1 submissions</source>
        <translation>共 %1 份成果</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="191"/>
        <source>Choose a submission on the left.</source>
        <translation>请在左侧选择一份成果。</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="196"/>
        <source>%1, %2 — ability point %3. School&apos;s rating: %4%5</source>
        <translation>%1，%2 — 能力点 %3。校本考核：%4%5</translation>
    </message>
    <message>
        <location filename="../gui/county/evidence_page.py" line="209"/>
        <source>%1: file %2 (double-click to open)</source>
        <translation>%1：文件 %2（双击打开）</translation>
    </message>
</context>
<context>
    <name>FingerprintCheck</name>
    <message>
        <location filename="../gui/county/fingerprint_check.py" line="17"/>
        <source>Approve a laptop</source>
        <translation>批准一台电脑</translation>
    </message>
    <message>
        <location filename="../gui/county/fingerprint_check.py" line="21"/>
        <source>Phone the school and ask them to read the key fingerprint shown at the bottom of the laptop&apos;s first screen (or in its sync station). The first groups here are %1 …; type the LAST group they read (4 characters).</source>
        <translation>请打电话给学校，请他们念出电脑上“今天谁来学习？”页面底部（或同步站中）显示的密钥指纹。这里显示的前两组是 %1 …；请输入他们念出的最后一组（4 个字符）。</translation>
    </message>
    <message>
        <location filename="../gui/county/fingerprint_check.py" line="31"/>
        <source>Last group of the fingerprint</source>
        <translation>指纹的最后一组</translation>
    </message>
    <message>
        <location filename="../gui/county/fingerprint_check.py" line="35"/>
        <source>Laptop %1, last group:</source>
        <translation>电脑 %1，最后一组：</translation>
    </message>
    <message>
        <location filename="../gui/county/fingerprint_check.py" line="40"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../gui/county/fingerprint_check.py" line="49"/>
        <source>That is not this laptop&apos;s fingerprint. Do not approve it: ask the school to read it again, and if it still differs, the records did not come from their laptop.</source>
        <translation>这不是这台电脑的指纹。请不要批准：请学校再念一遍；如果仍然不同，这些记录并非来自他们的电脑。</translation>
    </message>
    <message>
        <location filename="../gui/county/fingerprint_check.py" line="54"/>
        <source>Type the last group of the fingerprint the school reads to you.</source>
        <translation>请输入学校念给您的指纹最后一组。</translation>
    </message>
</context>
<context>
    <name>FlagsPage</name>
    <message>
        <location filename="../gui/county/flags_page.py" line="30"/>
        <source>Anomalies</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../gui/county/flags_page.py" line="34"/>
        <source>The hub never changes records by itself: it notes what looks wrong. Look into each one (call the school if needed) and close it with a note saying what you found.</source>
        <translation>数据库从不自行改动记录，只记下看起来不对的地方。请逐条核查（必要时打电话给学校），并写明核查结果后关闭。</translation>
    </message>
    <message>
        <location filename="../gui/county/flags_page.py" line="41"/>
        <source>Show &amp;closed ones too</source>
        <translation>也显示已关闭的(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/county/flags_page.py" line="49"/>
        <source>Noticed</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../gui/county/flags_page.py" line="50"/>
        <source>What</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../gui/county/flags_page.py" line="51"/>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <location filename="../gui/county/flags_page.py" line="52"/>
        <source>Laptop</source>
        <translation>电脑</translation>
    </message>
    <message>
        <location filename="../gui/county/flags_page.py" line="53"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../gui/county/flags_page.py" line="54"/>
        <source>Note</source>
        <translation>核查说明</translation>
    </message>
    <message>
        <location filename="../gui/county/flags_page.py" line="59"/>
        <source>What you found (required to close)</source>
        <translation>核查结果（关闭时必填）</translation>
    </message>
    <message>
        <location filename="../gui/county/flags_page.py" line="62"/>
        <source>C&amp;lose with this note</source>
        <translation>写明说明后关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/county/flags_page.py" line="64"/>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../gui/county/flags_page.py" line="88"/>
        <source>%1: %2 hours of study</source>
        <translation>%1：学习 %2 小时</translation>
    </message>
    <message>
        <location filename="../gui/county/flags_page.py" line="90"/>
        <source>the laptop said %1</source>
        <translation>电脑时间为 %1</translation>
    </message>
    <message>
        <location filename="../gui/county/flags_page.py" line="92"/>
        <source>laptops %1</source>
        <translation>电脑 %1</translation>
    </message>
    <message>
        <location filename="../gui/county/flags_page.py" line="94"/>
        <source>record %1</source>
        <translation>第 %1 条记录</translation>
    </message>
    <message>
        <location filename="../gui/county/flags_page.py" line="105"/>
        <source>%1 open anomalies.</source>
        <translation>共 %1 条未处理的异常。</translation>
    </message>
    <message>
        <location filename="../gui/county/flags_page.py" line="107"/>
        <source>No open anomalies.</source>
        <translation>没有未处理的异常。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../gui/school/home.py" line="62"/>
        <source>Switch teacher</source>
        <translation>切换教师</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="64"/>
        <source>Diagnostic test</source>
        <translation>诊断测评</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="66"/>
        <source>The 1.0 diagnostic test: before the courses and again after them</source>
        <translation>1.0 能力诊断测评：学习课程前做一次，学完后再做一次</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="69"/>
        <source>My ability points</source>
        <translation>我的能力点</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="71"/>
        <source>Print my transcript</source>
        <translation>打印学时证明</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="73"/>
        <source>School rating (school team)</source>
        <translation>校本考核</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="75"/>
        <source>Rate other teachers&apos; evidence: for the school&apos;s IT management team</source>
        <translation>评定本校其他教师的实践成果（信息化管理团队使用）</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="80"/>
        <source>School plans</source>
        <translation>整校推进</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="83"/>
        <source>The school&apos;s development plan and school-based training plan, filed by the school&apos;s IT management team for the county</source>
        <translation>提交学校的信息化发展规划和校本研修方案，随同步送达县级（信息化管理团队使用）</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="89"/>
        <source>School settings</source>
        <translation>学校设置</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="91"/>
        <source>The school&apos;s teaching environment, which decides the ability points offered</source>
        <translation>学校的教学环境，决定教师可选的能力点</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="111"/>
        <source>My hours (学时)</source>
        <translation>我的学时</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="118"/>
        <source>Course / lesson</source>
        <translation>课程 / 课时</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="118"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="118"/>
        <source>Counted / nominal</source>
        <translation>已计 / 额定</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="126"/>
        <location filename="../gui/school/home.py" line="128"/>
        <source>Courses on this computer</source>
        <translation>本机课程</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="132"/>
        <source>Lessons open here once the trainer installs a content pack; until then this is the demo catalogue.</source>
        <translation>送培教师安装内容包后，可在这里开始学习；目前显示的是演示课程目录。</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="147"/>
        <location filename="../gui/school/home.py" line="151"/>
        <source>Recent activity</source>
        <translation>最近学习</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="175"/>
        <source>Hello, %1</source>
        <translation>%1 老师，您好</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="213"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="222"/>
        <source>%1 of %2 hours</source>
        <translation>%1 / %2 学时</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="224"/>
        <source>%1 hours (no minimum)</source>
        <translation>%1 学时（不设下限）</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="226"/>
        <source>%1 of %2 ability points rated pass or excellent</source>
        <translation>已有 %1 个能力点评为合格或优秀（需 %2 个）</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="230"/>
        <source>, covering %1 of %2 dimensions</source>
        <translation>，覆盖 %1 个维度（需 %2 个）</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="235"/>
        <source>School-based assessment</source>
        <translation>校本应用考核</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="242"/>
        <source>You have met the programme&apos;s requirements.</source>
        <translation>您已达到项目的学时要求。</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="245"/>
        <source>Your hours are met; to finish, the school-based assessment must be passed.</source>
        <translation>学时已达标；校本应用考核合格后即可结业。</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="250"/>
        <source>%1 more hours to reach the goal of %2 hours in a %3-year cycle (%4).</source>
        <translation>按《%4》，距离 %3 年周期 %2 学时的目标还差 %1 学时。</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="258"/>
        <source>County confirmed (县级已确认): all %1 hours have reached the county.</source>
        <translation>县级已确认：全部 %1 学时的记录已送达县里。</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="264"/>
        <source>County confirmed (县级已确认): %1 of %2 hours; the rest is this computer&apos;s record, waiting for the next sync.</source>
        <translation>县级已确认：%2 学时中的 %1 学时；其余为本机记录，等待下次同步送达县里。</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="281"/>
        <source>%1 hours</source>
        <translation>%1 学时</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="288"/>
        <source>%1 / %2 hours (rated evidence)</source>
        <translation>%1 / %2 学时（按成果评价）</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="294"/>
        <source>%1 / %2 min</source>
        <translation>%1 / %2 分钟</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="310"/>
        <source>Studied “%1” for %2 minutes</source>
        <translation>学习《%1》%2 分钟</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="316"/>
        <source>Attended a face-to-face session (%1 hours)</source>
        <translation>参加集中培训 / 送教（%1 学时）</translation>
    </message>
    <message>
        <location filename="../gui/school/home.py" line="321"/>
        <source>Nothing yet: your study will be listed here.</source>
        <translation>暂无记录：您的学习会显示在这里。</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../gui/county/import_page.py" line="41"/>
        <source>Import records from a drive</source>
        <translation>从 U 盘导入记录</translation>
    </message>
    <message>
        <location filename="../gui/county/import_page.py" line="45"/>
        <source>Plug in the trainer&apos;s drive, or choose a folder holding bundles. Importing twice is safe: nothing is counted twice.</source>
        <translation>插入送培 U 盘，或选择存放数据包的文件夹。重复导入是安全的：不会重复计算。</translation>
    </message>
    <message>
        <location filename="../gui/county/import_page.py" line="54"/>
        <source>&amp;Choose a drive or folder…</source>
        <translation>选择 U 盘或文件夹(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../gui/county/import_page.py" line="79"/>
        <source>Import from the drive %1</source>
        <translation>从 U 盘 %1 导入</translation>
    </message>
    <message>
        <location filename="../gui/county/import_page.py" line="86"/>
        <source>Choose the drive or folder with the bundles</source>
        <translation>选择存放数据包的 U 盘或文件夹</translation>
    </message>
    <message>
        <location filename="../gui/county/import_page.py" line="96"/>
        <source>Importing from %1…</source>
        <translation>正在从 %1 导入…</translation>
    </message>
    <message>
        <location filename="../gui/county/import_page.py" line="109"/>
        <source>Bundle %1 of %2</source>
        <translation>第 %1 个数据包，共 %2 个</translation>
    </message>
</context>
<context>
    <name>ImportResults</name>
    <message>
        <location filename="../gui/county/results.py" line="28"/>
        <source>records %1–%2</source>
        <translation>记录 %1–%2</translation>
    </message>
    <message>
        <location filename="../gui/county/results.py" line="34"/>
        <source>%1, %2: imported, %3 new records, %4 already here</source>
        <translation>%1，%2：已导入，%3 条新记录，%4 条原已存在</translation>
    </message>
    <message>
        <location filename="../gui/county/results.py" line="42"/>
        <source>%1, %2: already imported before; nothing added</source>
        <translation>%1，%2：以前已导入，未添加任何记录</translation>
    </message>
    <message>
        <location filename="../gui/county/results.py" line="48"/>
        <source>%1, %2: still waiting for this laptop to be approved (see Laptops)</source>
        <translation>%1，%2：仍在等待批准这台电脑（见“学校电脑”）</translation>
    </message>
    <message>
        <location filename="../gui/county/results.py" line="58"/>
        <source> (schools: %1)</source>
        <translation>（学校：%1）</translation>
    </message>
    <message>
        <location filename="../gui/county/results.py" line="59"/>
        <source>%1, %2: held in quarantine: %3</source>
        <translation>%1，%2：已放入隔离区：%3</translation>
    </message>
    <message>
        <location filename="../gui/county/results.py" line="62"/>
        <source>%1: refused: %3</source>
        <translation>%1：已拒收：%3</translation>
    </message>
    <message>
        <location filename="../gui/county/results.py" line="69"/>
        <source>; %1 records contradict the county&apos;s copy and are held in quarantine</source>
        <translation>；%1 条记录与县里的副本矛盾，已放入隔离区</translation>
    </message>
    <message>
        <location filename="../gui/county/results.py" line="77"/>
        <source>; to look at: %1</source>
        <translation>；需查看：%1</translation>
    </message>
    <message>
        <location filename="../gui/county/results.py" line="84"/>
        <source>No bundles were found there. Bundles are in the drive&apos;s songpei/to-county folder.</source>
        <translation>那里没有找到数据包。数据包在 U 盘的 songpei/to-county 文件夹中。</translation>
    </message>
    <message>
        <location filename="../gui/county/results.py" line="90"/>
        <source>%1 bundles: %2 imported, %3 already here, %4 held for a decision, %5 refused.</source>
        <translation>共 %1 个数据包：%2 个已导入，%3 个原已存在，%4 个待决定，%5 个已拒收。</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../gui/launch.py" line="53"/>
        <location filename="../gui/school/launch.py" line="52"/>
        <location filename="../gui/school/launch.py" line="72"/>
        <source>Songpei</source>
        <translation>送培</translation>
    </message>
</context>
<context>
    <name>LessonSearch</name>
    <message>
        <location filename="../gui/school/lesson_search.py" line="28"/>
        <location filename="../gui/school/lesson_search.py" line="29"/>
        <source>Search lessons and readings</source>
        <translation>搜索课程和阅读材料</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson_search.py" line="32"/>
        <source>Lessons found</source>
        <translation>找到的课程</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson_search.py" line="103"/>
        <source>No lesson or reading holds these words.</source>
        <translation>没有课程或阅读材料包含这些词。</translation>
    </message>
</context>
<context>
    <name>LessonWindow</name>
    <message>
        <location filename="../gui/school/lesson.py" line="184"/>
        <source>No video player works on this computer. Run the check-up (songpei doctor) and install VLC.</source>
        <translation>本机没有可用的视频播放组件。请运行自检（songpei doctor）并安装 VLC。</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="193"/>
        <source>VLC is not installed, so Songpei uses Qt&apos;s own player: some old video formats (RMVB, WMV, FLV) may not play. Install VLC to play them.</source>
        <translation>本机没有安装 VLC，送培改用 Qt 自带的播放器：一些旧格式视频（RMVB、WMV、FLV）可能无法播放。安装 VLC 后即可播放。</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="203"/>
        <location filename="../gui/school/lesson.py" line="356"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="215"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="220"/>
        <location filename="../gui/school/lesson.py" line="230"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="222"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="258"/>
        <source>Resuming where you stopped: %1.</source>
        <translation>从上次停下的位置继续：%1。</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="143"/>
        <source>Keys: ↑ ↓ Page Up / Page Down to read · Ctrl+W close</source>
        <translation>按键：↑ ↓ Page Up / Page Down 翻阅 · Ctrl+W 关闭</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="91"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="92"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="241"/>
        <source>Keys: Space play / pause · ← → 10 seconds back / on · F11 full screen · Ctrl+W close</source>
        <translation>按键：空格 播放 / 暂停 · ← → 后退 / 前进 10 秒 · F11 全屏 · Ctrl+W 关闭</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="264"/>
        <source>Keys: Ctrl+W close</source>
        <translation>按键：Ctrl+W 关闭</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="269"/>
        <source>Songpei on this computer cannot show PDF pages itself. Press “Open in the PDF viewer” to read “%1” there. Time spent in another program cannot be counted as study hours (学时).</source>
        <translation>本机的送培无法直接显示 PDF 页面。请按“用 PDF 阅读器打开”，在阅读器中阅读“%1”。在其他程序中阅读的时间不能计入学时。</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="277"/>
        <source>Open in the PDF viewer</source>
        <translation>用 PDF 阅读器打开</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="284"/>
        <source>Songpei cannot show this kind of document (%1).</source>
        <translation>送培无法显示这类文档（%1）。</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="289"/>
        <source>This document is damaged and cannot be shown. Install its pack again from the trainer&apos;s drive.</source>
        <translation>这个文档已损坏，无法显示。请从送培 U 盘重新安装它的内容包。</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="309"/>
        <source>Reopened where you stopped: %1 % of the document.</source>
        <translation>已回到上次读到的位置：全文的 %1%。</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="326"/>
        <source>This computer has no program that opens PDF files. Ask the trainer to install a PDF viewer.</source>
        <translation>本机没有能打开 PDF 文件的程序。请送培教师安装一个 PDF 阅读器。</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="356"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="363"/>
        <source>The video file is missing. Install its pack again from the trainer&apos;s drive.</source>
        <translation>视频文件缺失。请从送培 U 盘重新安装它的内容包。</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="369"/>
        <source>This computer cannot play this video: the file is damaged or in a format the player does not know. Time counted so far is kept.</source>
        <translation>本机无法播放这个视频：文件已损坏，或播放器不认识它的格式。已计入的学习时间会保留。</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="435"/>
        <source>Counted so far: %1 of %2</source>
        <translation>已计时：%1（共 %2）</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="440"/>
        <source>not counting now (the lesson is paused or not in front)</source>
        <translation>当前未计时（课时已暂停或窗口不在前台）</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="442"/>
        <source>this lesson&apos;s full time is counted</source>
        <translation>本课时的全部时长已计满</translation>
    </message>
    <message>
        <location filename="../gui/school/lesson.py" line="477"/>
        <source>Saving your study time…</source>
        <translation>正在保存学习时间…</translation>
    </message>
</context>
<context>
    <name>LrsDialog</name>
    <message>
        <location filename="../gui/county/lrs_dialog.py" line="15"/>
        <source>Send to a learning record store</source>
        <translation>发送到学习记录存储</translation>
    </message>
    <message>
        <location filename="../gui/county/lrs_dialog.py" line="24"/>
        <source>Address (xAPI endpoint)</source>
        <translation>地址（xAPI 端点）</translation>
    </message>
    <message>
        <location filename="../gui/county/lrs_dialog.py" line="25"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../gui/county/lrs_dialog.py" line="26"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../gui/county/lrs_dialog.py" line="29"/>
        <source>Statements already stored there are not stored twice; the password is not kept.</source>
        <translation>已存储在那里的语句不会重复存储；密码不会被保存。</translation>
    </message>
    <message>
        <location filename="../gui/county/lrs_dialog.py" line="38"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../gui/county/lrs_dialog.py" line="43"/>
        <source>The address must start with http:// or https://, as the LRS gives it.</source>
        <translation>地址必须以 http:// 或 https:// 开头，请按学习记录存储提供的地址填写。</translation>
    </message>
</context>
<context>
    <name>MailPage</name>
    <message>
        <location filename="../gui/county/mail_page.py" line="31"/>
        <source>Mail for the schools</source>
        <translation>给学校的回执</translation>
    </message>
    <message>
        <location filename="../gui/county/mail_page.py" line="35"/>
        <source>Receipts tell each laptop which records the county holds (the teachers then see “county confirmed”). The trainer takes the drive to the schools.</source>
        <translation>回执告诉每台电脑县里已收到哪些记录（教师随后会看到“县级已确认”）。由送培教师把 U 盘带到学校。</translation>
    </message>
    <message>
        <location filename="../gui/county/mail_page.py" line="42"/>
        <source>No drive chosen yet.</source>
        <translation>尚未选择 U 盘。</translation>
    </message>
    <message>
        <location filename="../gui/county/mail_page.py" line="44"/>
        <source>&amp;Choose a drive or folder…</source>
        <translation>选择 U 盘或文件夹(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../gui/county/mail_page.py" line="46"/>
        <source>&amp;Write receipts to the drive</source>
        <translation>把回执写入 U 盘(&amp;W)</translation>
    </message>
    <message>
        <location filename="../gui/county/mail_page.py" line="65"/>
        <source>Drive: %1</source>
        <translation>U 盘：%1</translation>
    </message>
    <message>
        <location filename="../gui/county/mail_page.py" line="71"/>
        <source>Choose the trainer&apos;s drive</source>
        <translation>选择送培 U 盘</translation>
    </message>
    <message>
        <location filename="../gui/county/mail_page.py" line="92"/>
        <source>Wrote %1 receipts to %2, signed and checked. The county&apos;s public key is on the drive too.</source>
        <translation>已把 %1 份回执写入 %2，已签名并核验。U 盘上也放了县级公钥。</translation>
    </message>
    <message>
        <location filename="../gui/county/mail_page.py" line="102"/>
        <source>No laptop has records here yet, so there are no receipts to write. The county&apos;s public key was put on the drive for new laptops.</source>
        <translation>还没有电脑的记录导入，所以没有回执可写。已把县级公钥放到 U 盘上，供新电脑使用。</translation>
    </message>
    <message>
        <location filename="../gui/county/mail_page.py" line="108"/>
        <source>Receipt for laptop %1</source>
        <translation>电脑 %1 的回执</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/school/main_window.py" line="48"/>
        <source>Songpei — teacher IT-ability training</source>
        <translation>送培 — 教师信息技术应用能力提升</translation>
    </message>
    <message>
        <location filename="../gui/school/main_window.py" line="59"/>
        <location filename="../gui/school/main_window.py" line="226"/>
        <source>This computer: %1</source>
        <translation>本机编号：%1</translation>
    </message>
    <message>
        <location filename="../gui/school/main_window.py" line="112"/>
        <source>Trainer&apos;s drive found (%1): open the sync station</source>
        <translation>发现送培 U 盘（%1）：打开同步站</translation>
    </message>
    <message>
        <location filename="../gui/school/main_window.py" line="119"/>
        <source>Choose the trainer&apos;s drive</source>
        <translation>选择送培 U 盘</translation>
    </message>
    <message>
        <location filename="../gui/school/main_window.py" line="205"/>
        <source>Save the transcript</source>
        <translation>保存学时证明</translation>
    </message>
    <message>
        <location filename="../gui/school/main_window.py" line="210"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/school/main_window.py" line="220"/>
        <source>The transcript is saved (verification code %1).</source>
        <translation>学时证明已保存（核验码 %1）。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages/laptop.py" line="19"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="20"/>
        <source>ID card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="21"/>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="22"/>
        <source>School stage</source>
        <translation>学段</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="23"/>
        <source>Subject</source>
        <translation>学科</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="24"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="25"/>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="26"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="27"/>
        <source>Trainer key</source>
        <translation>送培教师密钥</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="34"/>
        <source>Kindergarten</source>
        <translation>幼儿园</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="35"/>
        <source>Primary school</source>
        <translation>小学</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="36"/>
        <source>Junior secondary</source>
        <translation>初中</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="37"/>
        <source>Senior secondary</source>
        <translation>高中</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="38"/>
        <source>Vocational school</source>
        <translation>中职</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="39"/>
        <source>Special education</source>
        <translation>特殊教育</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="46"/>
        <source>Online study</source>
        <translation>网络研修</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="47"/>
        <source>Face-to-face training</source>
        <translation>集中培训 / 送教</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="48"/>
        <source>Practice</source>
        <translation>实践应用</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="55"/>
        <source>multimedia teaching environment (A)</source>
        <translation>多媒体教学环境（A）</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="56"/>
        <source>blended learning environment (B)</source>
        <translation>混合学习环境（B）</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="57"/>
        <source>smart learning environment (C)</source>
        <translation>智慧学习环境（C）</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="64"/>
        <source>development plan for information technology</source>
        <translation>信息化发展规划</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="65"/>
        <source>school-based training plan</source>
        <translation>校本研修方案</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="121"/>
        <source>Ability point %2 is not for this school&apos;s teaching environment (%3). The school team sets the environment under “School settings”.</source>
        <translation>能力点 %2 不适用于本校的教学环境（%3）。教学环境由信息化管理团队在“学校设置”中设置。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="134"/>
        <source>Only members of the school team can rate evidence, file school documents or change the school&apos;s settings.</source>
        <translation>只有信息化管理团队成员才能考核成果、提交学校文档或更改学校设置。</translation>
    </message>
    <message>
        <location filename="../messages/base/__init__.py" line="53"/>
        <source>publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <location filename="../messages/base/__init__.py" line="54"/>
        <source>county</source>
        <translation>县级</translation>
    </message>
    <message>
        <location filename="../messages/base/__init__.py" line="55"/>
        <source>trainer</source>
        <translation>送培教师</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="22"/>
        <source>waiting for approval</source>
        <translation>待批准</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="23"/>
        <source>enrolled</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="24"/>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="30"/>
        <source>the laptop&apos;s history differs from the county&apos;s copy</source>
        <translation>本机记录与县级留存的记录不一致</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="31"/>
        <source>a laptop that took on its own identity for its approved history; it continues the laptop named after it</source>
        <translation>一台电脑已为其获批的记录历史启用自己的新身份；它接续其后所列电脑的记录</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="36"/>
        <source>an event was changed after it was written</source>
        <translation>有事件在写入后被改动过</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="37"/>
        <source>the laptop&apos;s clock is wrong</source>
        <translation>电脑时钟不准</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="38"/>
        <source>more than 24 hours of study in one day</source>
        <translation>一天内学习超过 24 小时</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="39"/>
        <source>the same teacher is enrolled on several laptops</source>
        <translation>同一位教师在多台电脑上注册</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="40"/>
        <source>study on two laptops at the same time</source>
        <translation>同一时间在两台电脑上学习</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="41"/>
        <source>attendance signed by a trainer the county has not registered</source>
        <translation>签到由县里未登记的送培教师签名</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="44"/>
        <source>attendance with a signature that does not hold</source>
        <translation>签到的签名不成立</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="47"/>
        <source>attendance whose hours differ from what the trainer signed</source>
        <translation>签到的学时与送培教师签名的不一致</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="16"/>
        <source>not a Songpei bundle</source>
        <translation>不是送培同步包</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="17"/>
        <source>the file is incomplete (was the drive pulled out while copying?)</source>
        <translation>文件不完整（复制时是否拔出了 U 盘？）</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="20"/>
        <source>the file is damaged or was altered</source>
        <translation>文件已损坏或被改动</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="21"/>
        <source>the file cannot be read</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="22"/>
        <source>the signature does not match: the file was altered or forged</source>
        <translation>签名不符：文件被改动或伪造</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="25"/>
        <source>made by a newer version of Songpei</source>
        <translation>由更新版本的送培生成</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="26"/>
        <source>the device name does not match its key</source>
        <translation>设备编号与其密钥不符</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="27"/>
        <source>a part belongs to another bundle</source>
        <translation>其中一个分卷属于另一个同步包</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="28"/>
        <source>a part of the bundle is missing</source>
        <translation>同步包缺少分卷</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="29"/>
        <source>cannot be decrypted with this county&apos;s key</source>
        <translation>无法用本县密钥解密</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="30"/>
        <source>its signed description lacks a field or has a wrong value</source>
        <translation>签名的包说明缺少字段或字段值有误</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="33"/>
        <source>a record in it is malformed (its contents are not what the record type needs)</source>
        <translation>其中有一条记录格式不对（内容不符合该类记录的要求）</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="37"/>
        <source>it was made for another county&apos;s key</source>
        <translation>它是为其他县的密钥生成的</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="38"/>
        <source>a laptop the county has not enrolled yet; check its fingerprint with the school, then approve it</source>
        <translation>来自县里尚未登记的电脑；请与学校核对指纹后批准</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="44"/>
        <source>the laptop&apos;s key has been revoked</source>
        <translation>这台电脑的密钥已被吊销</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="45"/>
        <source>a second history under an enrolled laptop&apos;s name (two laptops restored from one disk image); held whole, nothing of it counted</source>
        <translation>以已登记电脑名义发来的另一份记录历史（两台电脑由同一磁盘镜像恢复）；整批暂存，一条也未计入</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="50"/>
        <source>it claims an approved second history of another laptop, but the claim does not hold; nothing of it counted</source>
        <translation>它声称是另一台电脑获批的另一份记录历史，但该声明不成立；一条也未计入</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="55"/>
        <source>a different key claims an enrolled laptop&apos;s name</source>
        <translation>另一把密钥冒用了已登记电脑的编号</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="56"/>
        <source>it is meant for another laptop</source>
        <translation>它是发给另一台电脑的</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="57"/>
        <source>it confirms events this laptop never wrote</source>
        <translation>它确认了本机从未写入的事件</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="65"/>
        <source> (field “%1”)</source>
        <translation>（字段“%1”）</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="67"/>
        <source> (record %1)</source>
        <translation>（第 %1 条记录）</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="16"/>
        <source>single choice</source>
        <translation>单选题</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="17"/>
        <source>multiple choice</source>
        <translation>多选题</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="18"/>
        <source>true/false</source>
        <translation>判断题</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="19"/>
        <source>ordering</source>
        <translation>排序题</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="20"/>
        <source>matching</source>
        <translation>匹配题</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="21"/>
        <source>short answer</source>
        <translation>简答题</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="22"/>
        <source>situational case</source>
        <translation>情境案例题</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="23"/>
        <source>essay</source>
        <translation>问答题</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="24"/>
        <source>numerical</source>
        <translation>数值题</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="25"/>
        <source>calculated</source>
        <translation>计算题</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="26"/>
        <source>description</source>
        <translation>说明文字</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="28"/>
        <source>choice</source>
        <translation>选择题</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="29"/>
        <location filename="../messages/content.py" line="30"/>
        <source>embedded answers (cloze)</source>
        <translation>嵌入式填空题（完形）</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="31"/>
        <source>drag and drop into text</source>
        <translation>拖放到文本</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="32"/>
        <source>select missing words</source>
        <translation>选择填空</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="33"/>
        <source>drag and drop onto image</source>
        <translation>拖放到图片</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="34"/>
        <source>drag and drop markers</source>
        <translation>拖放标记</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="35"/>
        <source>random short-answer matching</source>
        <translation>随机简答匹配题</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="42"/>
        <source>a field has a wrong value</source>
        <translation>某个字段的值不正确</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="43"/>
        <source>unknown question type</source>
        <translation>未知的题型</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="44"/>
        <source>the question has no id</source>
        <translation>题目没有编号</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="45"/>
        <source>the question has no text</source>
        <translation>题目没有题干</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="46"/>
        <source>unknown text format</source>
        <translation>未知的文本格式</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="47"/>
        <source>a text format we cannot show</source>
        <translation>无法显示的文本格式</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="48"/>
        <source>the mark must be a positive number</source>
        <translation>分值必须是正数</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="49"/>
        <source>too few choices</source>
        <translation>选项太少</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="50"/>
        <source>a choice is empty</source>
        <translation>有选项为空</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="51"/>
        <source>a grade is outside -100 % … 100 %</source>
        <translation>有得分比例超出 -100% … 100%</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="52"/>
        <source>no answer is fully right</source>
        <translation>没有完全正确的答案</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="53"/>
        <source>the right answers of a multiple-choice question do not add up to 100 %</source>
        <translation>多选题正确选项的得分之和不是 100%</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="56"/>
        <source>a true/false question needs exactly a true and a false answer</source>
        <translation>判断题必须恰好有“对”和“错”两个答案</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="59"/>
        <source>too few items to order</source>
        <translation>可排序的项目太少</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="60"/>
        <source>the same item appears twice</source>
        <translation>同一项目出现了两次</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="61"/>
        <source>unknown way of grading</source>
        <translation>未知的评分方式</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="62"/>
        <source>a matching question needs at least two pairs</source>
        <translation>匹配题至少需要两组配对</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="63"/>
        <source>a pair is incomplete</source>
        <translation>有配对不完整</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="64"/>
        <source>no accepted answer</source>
        <translation>没有可接受的答案</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="65"/>
        <source>an accepted answer is empty</source>
        <translation>有可接受的答案为空</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="66"/>
        <source>a case needs sub-questions</source>
        <translation>情境题需要小题</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="67"/>
        <source>a case cannot contain another case</source>
        <translation>情境题中不能再套情境题</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="68"/>
        <source>two questions have the same id</source>
        <translation>两道题的编号相同</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="69"/>
        <source>unknown 1.0 dimension tag</source>
        <translation>未知的 1.0 维度标签</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="70"/>
        <location filename="../messages/content.py" line="141"/>
        <source>not an ability point code (like A1)</source>
        <translation>不是能力点编号（如 A1）</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="71"/>
        <source>unknown level tag</source>
        <translation>未知的层级标签</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="72"/>
        <source>tags contradict each other</source>
        <translation>标签互相矛盾</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="73"/>
        <source>a weight like %50% is not a number</source>
        <translation>类似 %50% 的权重不是数字</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="74"/>
        <source>a matching line needs “-&gt;”</source>
        <translation>匹配行需要“-&gt;”</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="75"/>
        <source>a “{” is never closed</source>
        <translation>“{”没有闭合</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="76"/>
        <source>a “}” has no “{” before it</source>
        <translation>“}”前面没有“{”</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="77"/>
        <source>a brace is in the wrong place</source>
        <translation>花括号位置不对</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="78"/>
        <source>it carries pictures or attachments</source>
        <translation>含有图片或附件</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="79"/>
        <source>its way of grading is not supported</source>
        <translation>不支持其评分方式</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="80"/>
        <source>it shows only some of its items</source>
        <translation>只显示部分项目</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="87"/>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="88"/>
        <source>the name is not valid Unicode</source>
        <translation>名称不是有效的 Unicode 编码</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="89"/>
        <source>the name is not in Unicode normal form C</source>
        <translation>名称不是 Unicode 规范化形式 C（NFC）</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="90"/>
        <source>the path is longer than 240 characters</source>
        <translation>路径超过 240 个字符</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="91"/>
        <source>it is an absolute path</source>
        <translation>这是绝对路径</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="92"/>
        <source>it starts with a drive letter</source>
        <translation>以盘符开头</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="93"/>
        <source>it contains a backslash</source>
        <translation>含有反斜杠</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="94"/>
        <source>it contains an empty folder name</source>
        <translation>含有空的文件夹名</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="95"/>
        <source>it contains “.” or “..”, which could reach outside the pack</source>
        <translation>含有“.”或“..”，可能指向内容包以外的位置</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="98"/>
        <source>it contains a character Windows does not allow (&lt; &gt; : &quot; | ? * or a control character)</source>
        <translation>含有 Windows 不允许的字符（&lt; &gt; : &quot; | ? * 或控制字符）</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="102"/>
        <source>a name ends with a dot or a space</source>
        <translation>有名称以句点或空格结尾</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="103"/>
        <source>it uses a Windows device name (CON, PRN, AUX, NUL, COM1–9, LPT1–9)</source>
        <translation>使用了 Windows 设备名（CON、PRN、AUX、NUL、COM1–9、LPT1–9）</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="106"/>
        <source>a name is longer than 255 bytes</source>
        <translation>有名称超过 255 字节</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="107"/>
        <source>a program (not copied to school laptops)</source>
        <translation>程序文件（不会复制到学校电脑上）</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="108"/>
        <source>a system file</source>
        <translation>系统文件</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="109"/>
        <source>larger than 4 GB, too large for a USB drive formatted FAT32</source>
        <translation>大于 4 GB，FAT32 格式的 U 盘放不下</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="112"/>
        <source>another file has the same name apart from upper and lower case</source>
        <translation>另有一个文件与它同名，只是大小写不同</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="121"/>
        <source>missing</source>
        <translation>缺少此项</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="122"/>
        <source>not a known field</source>
        <translation>不是已知的字段</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="123"/>
        <source>should be a table of fields</source>
        <translation>应为由字段组成的表</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="124"/>
        <source>should be text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="125"/>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="126"/>
        <source>not a valid id (lower-case letters, digits, “.” and “-”)</source>
        <translation>不是有效的编号（只能用小写字母、数字、“.”和“-”）</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="127"/>
        <source>should be a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="128"/>
        <source>should be a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="129"/>
        <source>the number is out of range</source>
        <translation>数值超出范围</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="130"/>
        <source>should be true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="131"/>
        <source>should be a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="132"/>
        <source>not one of the allowed values</source>
        <translation>不是允许的取值</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="133"/>
        <source>should be a date like 2026-09-01</source>
        <translation>应为日期，如 2026-09-01</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="134"/>
        <source>the programme rules are incomplete</source>
        <translation>项目规则不完整</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="135"/>
        <source>two ability points have the same code</source>
        <translation>两个能力点的编号相同</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="136"/>
        <source>two entries have the same id</source>
        <translation>两个条目的编号相同</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="137"/>
        <source>two lessons have the same id</source>
        <translation>两个课时的编号相同</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="138"/>
        <source>names an ability point the pack does not list</source>
        <translation>引用了内容包未列出的能力点</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="139"/>
        <source>names a file the pack does not hold</source>
        <translation>引用了内容包中没有的文件</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="140"/>
        <source>does not belong to this kind of lesson</source>
        <translation>不适用于这类课时</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="142"/>
        <source>does not name the key that signed the pack</source>
        <translation>与给内容包签名的密钥不符</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="143"/>
        <source>is filled in when the pack is built; remove it from pack.toml</source>
        <translation>此项在生成内容包时自动填写，请从 pack.toml 中删除</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="146"/>
        <source>not a SHA-256 hash</source>
        <translation>不是 SHA-256 哈希值</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="155"/>
        <source>the file name “%1” is not allowed: %2</source>
        <translation>不允许使用文件名“%1”：%2</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="161"/>
        <source>its description is wrong at %1: %2</source>
        <translation>描述信息在 %1 处有误：%2</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="169"/>
        <source>not a question bank file</source>
        <translation>不是题库文件</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="171"/>
        <source>the question bank “%1” is broken: %2</source>
        <translation>题库“%1”有错误：%2</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="174"/>
        <source>“%1” has %2 bytes instead of %3</source>
        <translation>“%1”有 %2 字节，应为 %3 字节</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="181"/>
        <source>version %1 is older than the installed version %2, and an older version never replaces a newer one</source>
        <translation>版本 %1 比已安装的版本 %2 旧，旧版本不能替换新版本</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="191"/>
        <source>version %1 is already installed with different contents; the publisher must give the pack a new version number</source>
        <translation>已安装的版本 %1 内容与此不同；发布方必须给内容包一个新的版本号</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="201"/>
        <source>it claims %1, more than the %2 a pack may hold</source>
        <translation>它标明的大小为 %1，超过了内容包的上限 %2</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="206"/>
        <source>“%1” is larger than %2</source>
        <translation>“%1”大于 %2</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="209"/>
        <source>“%1” and “%2” would be the same file on Windows or a USB drive</source>
        <translation>在 Windows 或 U 盘上，“%1”和“%2”会成为同一个文件</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="215"/>
        <source>it is not a Songpei content pack (%1 is missing)</source>
        <translation>不是送培内容包（缺少 %1）</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="220"/>
        <source>it is signed by a publisher this laptop does not trust (key %1); ask the county office for the publisher&apos;s public key</source>
        <translation>签名的发布方不受本机信任（密钥 %1）；请向县级管理部门索取该发布方的公钥</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="226"/>
        <source>its publisher key %1 has been revoked</source>
        <translation>其发布方密钥 %1 已被吊销</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="231"/>
        <source>“%1” cannot be read (%2)</source>
        <translation>无法读取“%1”（%2）</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="235"/>
        <source>it names ability point %1 (at %2), which the programme “%3” does not list</source>
        <translation>其中的能力点 %1（位于 %2）不在项目“%3”的能力点清单中</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="245"/>
        <source>what it says of ability point %1 (at %2) differs from the programme “%3”</source>
        <translation>它对能力点 %1 的描述（位于 %2）与项目“%3”的能力点清单不一致</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="255"/>
        <source>“%1” (at %2) is not a teaching environment: A 多媒体教学环境, B 混合学习环境 or C 智慧学习环境</source>
        <translation>“%1”（位于 %2）不是教学环境，应为 A 多媒体教学环境、B 混合学习环境或 C 智慧学习环境</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="265"/>
        <source>“%1” (at %2) is not an ability dimension: 学情分析, 教学设计, 学法指导 or 学业评价</source>
        <translation>“%1”（位于 %2）不是能力维度，应为学情分析、教学设计、学法指导或学业评价</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="274"/>
        <source>unknown programme “%1” (shipped: national-2.0, sichuan-2.0)</source>
        <translation>未知的项目规则“%1”（内置：national-2.0、sichuan-2.0）</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="279"/>
        <source>pack.toml is not valid TOML (%1)</source>
        <translation>pack.toml 不是有效的 TOML（%1）</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="282"/>
        <source>“%1” is listed twice</source>
        <translation>“%1”被列出了两次</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="283"/>
        <source>“%1” is in the pack but not in its signed list (a planted or swapped file)</source>
        <translation>“%1”在内容包中，却不在已签名的文件清单里（是被放入或调换的文件）</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="286"/>
        <source>“%1” is missing</source>
        <translation>缺少“%1”</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="287"/>
        <source>“%1” is not an ordinary file</source>
        <translation>“%1”不是普通文件</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="288"/>
        <source>“%1” is larger than its signed size</source>
        <translation>“%1”比签名时记录的大小更大</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="289"/>
        <source>“%1” was changed after the pack was signed</source>
        <translation>“%1”在内容包签名后被改动过</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="290"/>
        <source>%1 already exists and was not overwritten</source>
        <translation>%1 已存在，没有覆盖</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="295"/>
        <source>its signature file is damaged</source>
        <translation>其签名文件已损坏</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="296"/>
        <source>it is signed with the demo key, which only the demo profile trusts</source>
        <translation>它用演示密钥签名，只有演示模式才信任该密钥</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="299"/>
        <source>the signature does not match: the pack was altered or forged</source>
        <translation>签名不符：内容包被改动或伪造</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="302"/>
        <source>its description is larger than 16 MB</source>
        <translation>其描述信息超过 16 MB</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="303"/>
        <source>its description is damaged (not JSON)</source>
        <translation>其描述信息已损坏（不是 JSON）</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="304"/>
        <source>it was made for a newer version of Songpei</source>
        <translation>它是为更新版本的送培制作的</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="305"/>
        <source>it lists more than 100,000 files</source>
        <translation>列出的文件超过 10 万个</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="306"/>
        <source>its total size does not add up</source>
        <translation>总大小与各文件大小之和不符</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="307"/>
        <source>there is no pack.toml in it</source>
        <translation>其中没有 pack.toml</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="308"/>
        <source>no video or document was found</source>
        <translation>没有找到视频或文档</translation>
    </message>
    <message>
        <location filename="../messages/base/__init__.py" line="61"/>
        <source>a sequence number is missing</source>
        <translation>缺少序号</translation>
    </message>
    <message>
        <location filename="../messages/base/__init__.py" line="62"/>
        <source>does not link to the event before it</source>
        <translation>与前一条事件衔接不上</translation>
    </message>
    <message>
        <location filename="../messages/base/__init__.py" line="63"/>
        <source>its contents were changed after it was written</source>
        <translation>写入后内容被改动过</translation>
    </message>
    <message>
        <location filename="../messages/base/__init__.py" line="64"/>
        <source>belongs to another computer</source>
        <translation>属于另一台电脑</translation>
    </message>
    <message>
        <location filename="../messages/base/__init__.py" line="65"/>
        <source>cannot be read as a record (its contents are malformed)</source>
        <translation>无法作为记录读取（内容格式不对）</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="71"/>
        <source>it must have 18 characters</source>
        <translation>必须是 18 位</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="72"/>
        <source>only digits are allowed, and X as the last character</source>
        <translation>只能是数字，最后一位可以是 X</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="73"/>
        <source>the first digits are not a region code</source>
        <translation>开头不是有效的地区代码</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="74"/>
        <source>the date of birth in it is not a real date</source>
        <translation>其中的出生日期不是有效日期</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="75"/>
        <source>the check digit does not match; please look for a mistyped digit</source>
        <translation>校验码不符，请检查是否有输错的数字</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="91"/>
        <source>Please fill in the part “%1”.</source>
        <translation>请填写“%1”部分。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="92"/>
        <source>This ability point has no part “%1”.</source>
        <translation>此能力点没有“%1”部分。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="93"/>
        <source>The part “%1” needs a file (%2).</source>
        <translation>“%1”部分需要提交文件（%2）。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="94"/>
        <source>The text of “%1” is too long: at most %3 characters. Attach a file instead.</source>
        <translation>“%1”的文字太长：最多 %3 个字符。请改为附加文件。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="99"/>
        <source>%4 cannot go into “%1”: allowed file types are %2.</source>
        <translation>%4 不能放入“%1”：允许的文件类型为 %2。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="102"/>
        <source>%4 is too large for “%1”: at most %3.</source>
        <translation>%4 对“%1”来说太大：最大 %3。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="103"/>
        <source>%4 cannot be read; choose the file again.</source>
        <translation>无法读取 %4，请重新选择文件。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="109"/>
        <source>Please choose at least %1 ability points.</source>
        <translation>请至少选择 %1 个能力点。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="110"/>
        <source>Ability point %2 is not in the installed content.</source>
        <translation>已安装的内容中没有能力点 %2。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="113"/>
        <source>Choose ability point %2 before submitting evidence for it.</source>
        <translation>请先选择能力点 %2，再提交其成果。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="116"/>
        <source>Evidence for ability point %2 is already submitted. It can be submitted again only after the school team rates it fail or the county does not recognise it.</source>
        <translation>能力点 %2 的实践成果已经提交。只有信息化管理团队评为“不合格”或县级未认定后，才能重新提交。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="139"/>
        <source>You cannot rate your own evidence; another member of the school team must rate it.</source>
        <translation>不能考核自己的成果，须由信息化管理团队的其他成员考核。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="143"/>
        <source>This submission is not on this computer.</source>
        <translation>本机上没有这份提交。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="144"/>
        <source>Please choose a rating: excellent, pass or fail.</source>
        <translation>请选择考核结果：优秀、合格或不合格。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="145"/>
        <source>Unknown kind of school document.</source>
        <translation>未知的学校文档类型。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="247"/>
        <source>“%1” is not a teaching environment: choose A (multimedia), B (blended) or C (smart).</source>
        <translation>“%1”不是教学环境：请选择 A（多媒体教学环境）、B（混合学习环境）或 C（智慧学习环境）。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="330"/>
        <source>This laptop does not know the county&apos;s key yet. Bring a drive that carries the county&apos;s mail (the county office writes its public key onto the drive) and trust the key in the sync station after checking its fingerprint with the county on the phone; or run: songpei trust add county.pub</source>
        <translation>本机还不知道县级密钥。请带来存有县级邮件的 U 盘（县里会把公钥写到 U 盘上），在同步站中与县里电话核对指纹后信任该密钥；或运行：songpei trust add county.pub</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="342"/>
        <source>%1 holds real learning records: simulated study was not added, so no teacher&apos;s record is mixed with invented hours. Use an empty data folder, or add --force if this folder is only for testing.</source>
        <translation>%1 中有真实的学习记录：没有写入模拟学习，以免教师的记录混入虚构的学时。请使用空的数据文件夹；若此文件夹仅用于测试，请加 --force。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="57"/>
        <source>Choose the county&apos;s rating: excellent, pass or fail.</source>
        <translation>请选择县级评定：优秀、合格或不合格。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="58"/>
        <source>Please give the name of the officer who decides.</source>
        <translation>请填写作出认定的工作人员姓名。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="61"/>
        <source>Please say why the hours are not recognised; the teacher will see the reason.</source>
        <translation>请说明不予认定学时的理由，教师将看到这一理由。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="65"/>
        <source>Evidence rated fail cannot have its hours recognised.</source>
        <translation>评定为不合格的实践成果不能认定学时。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="68"/>
        <source>This hub has no such evidence submission.</source>
        <translation>本数据中心没有这份实践成果。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="69"/>
        <source>Please write a note saying what was found or decided.</source>
        <translation>请填写处理说明：查明了什么、作出了什么决定。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="72"/>
        <source>This hub has no such flag.</source>
        <translation>本数据中心没有这条异常提示。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="73"/>
        <source>This flag was already closed.</source>
        <translation>这条异常提示已经处理过了。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="74"/>
        <source>This hub has no such quarantined item.</source>
        <translation>本数据中心没有这条隔离记录。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="75"/>
        <source>This quarantined item was already dealt with.</source>
        <translation>这条隔离记录已经处理过了。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="151"/>
        <source>Please fill in: %1.</source>
        <translation>请填写：%1。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="156"/>
        <source>The ID card number is not valid: %1.</source>
        <translation>身份证号无效：%1。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="162"/>
        <source>A teacher with this ID card number is already enrolled on this computer: %1.</source>
        <translation>本机已有使用此身份证号的教师：%1。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="172"/>
        <source>Please choose a value for: %1.</source>
        <translation>请选择：%1。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="178"/>
        <source>The PIN is too short: use at least %1 digits.</source>
        <translation>PIN 码太短：至少需要 %1 位数字。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="185"/>
        <source>The PIN must be digits only, at most %1 of them.</source>
        <translation>PIN 码只能是数字，最多 %1 位。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="191"/>
        <source>The two PINs are not the same. Please type them again.</source>
        <translation>两次输入的 PIN 码不一致，请重新输入。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="198"/>
        <source>Wrong PIN. Please wait %1 seconds before trying again.</source>
        <translation>PIN 码错误。请等待 %1 秒后再试。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="202"/>
        <source>Wrong PIN. %1 more tries before you have to wait.</source>
        <translation>PIN 码错误。再错 %1 次后需要等待。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="210"/>
        <source>A PIN is needed: type it at the prompt, or give it with %1.</source>
        <translation>需要 PIN：请在提示处输入，或用 %1 给出。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="218"/>
        <source>%1 is not on the school team: this needs the PIN of a school-team member.</source>
        <translation>%1 不是信息化管理团队成员：此操作需要信息化管理团队成员的 PIN。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="229"/>
        <source>Too many wrong PINs. Please try again in %1 seconds.</source>
        <translation>PIN 码错误次数太多，请在 %1 秒后再试。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="236"/>
        <source>%1 has already signed this session.</source>
        <translation>%1 已经签到过这次活动。</translation>
    </message>
    <message>
        <location filename="../messages/base/__init__.py" line="74"/>
        <source>No Chinese font to embed in the PDF (%1). Install the package fonts-wqy-microhei, or reinstall Songpei.</source>
        <translation>没有可嵌入 PDF 的中文字体（%1）。请安装 fonts-wqy-microhei 软件包，或重新安装送培。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="257"/>
        <source>This teacher is not enrolled on this computer.</source>
        <translation>本机没有注册这位教师。</translation>
    </message>
    <message>
        <location filename="../messages/base/__init__.py" line="86"/>
        <source>The data folder %1 cannot be used (%2). Choose another folder with --data-dir, or ask for it to be made writable.</source>
        <translation>无法使用数据文件夹 %1（%2）。请用 --data-dir 选择其他文件夹，或请人把它设为可写。</translation>
    </message>
    <message>
        <location filename="../messages/base/__init__.py" line="99"/>
        <source>The disk holding %1 is full. Free some space (at least 100 MB) and try again; nothing was saved by this step.</source>
        <translation>%1 所在的磁盘已满。请腾出空间（至少 100 MB）后重试；这一步没有保存任何内容。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="263"/>
        <source>The learning record %1 is damaged (%2). Do not delete it: copy the data folder to a USB drive and give it to your trainer.</source>
        <translation>学习记录 %1 已损坏（%2）。请不要删除：把数据文件夹复制到 U 盘，交给送培教师。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="276"/>
        <source>The learning record %1 was written by a newer version of Songpei. Please install the newer version.</source>
        <translation>学习记录 %1 由更新版本的送培写入，请安装新版本。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="288"/>
        <source>The learning record %1 belongs to another computer&apos;s key. Do not delete anything; ask the county office for help.</source>
        <translation>学习记录 %1 属于另一台电脑的密钥。请不要删除任何内容，并联系县级管理部门。</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="316"/>
        <location filename="../messages/content.py" line="344"/>
        <source>, line %1</source>
        <translation>，第 %1 行</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="312"/>
        <source>Nothing was exported: the learning record %1 is damaged at record %2 (%3; %4 such problems in all), so the county could not read it. Run “songpei verify” to see every problem. Do not delete anything: copy the data folder to a USB drive and give it to your trainer or the county office.</source>
        <translation>没有导出任何内容：学习记录 %1 在第 %2 条记录处已损坏（%3；共 %4 处这样的问题），县级无法读取。请运行“songpei verify”查看全部问题。不要删除任何东西：把数据文件夹复制到 U 盘，交给送培教师或县级管理员。</translation>
    </message>
    <message>
        <location filename="../messages/base/__init__.py" line="171"/>
        <source>%1 lies outside %2, so Songpei did not delete or change it.</source>
        <translation>%1 不在 %2 之内，送培没有删除或改动它。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="76"/>
        <source>This quarantined item is not a second history of a laptop (a fork).</source>
        <translation>这条隔离记录不是某台电脑的另一份记录历史（分叉）。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="79"/>
        <source>Choose the county&apos;s rating: pass or fail.</source>
        <translation>请选择县级评定：合格或不合格。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="80"/>
        <source>Please say what the school must change; the rating fails the document.</source>
        <translation>请写明学校需要修改的内容：评定为不合格时必须填写意见。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="83"/>
        <source>This hub has no such school document.</source>
        <translation>本数据中心没有这份学校文档。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="94"/>
        <source>The learning record store %1 could not be reached after %2 statements were delivered. Sending again later is safe: statements already stored are not stored twice.</source>
        <translation>无法连接学习记录存储 %1（此前已送达 %2 条语句）。稍后可以放心重新发送：已存储的语句不会重复存储。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="105"/>
        <source>The learning record store %1 was busy or failing (status %2) after %3 statements were delivered. It said: “%4”. Sending again later is safe: statements already stored are not stored twice.</source>
        <translation>学习记录存储 %1 繁忙或出错（状态码 %2），此前已送达 %3 条语句。它的说明：“%4”。稍后可以放心重新发送：已存储的语句不会重复存储。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="118"/>
        <source>The learning record store %1 refused the user name or password (status %2). It said: “%3”. Nothing more was sent; check the account with whoever runs the learning record store.</source>
        <translation>学习记录存储 %1 拒绝了用户名或密码（状态码 %2）。它的说明：“%3”。没有再发送任何语句；请向学习记录存储的管理人员核对账号。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="129"/>
        <source>The learning record store %1 refused the statements (status %2) after %3 were delivered. It said: “%4”. Sending them again as they are will be refused again.</source>
        <translation>学习记录存储 %1 拒绝了这些语句（状态码 %2），此前已送达 %3 条。它的说明：“%4”。原样重新发送仍会被拒绝。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="144"/>
        <source>The learning record store %1 already holds different content under these statement ids, so it kept its own: %2. Every other statement was delivered (%3). Ask whoever runs the learning record store before replacing them.</source>
        <translation>学习记录存储 %1 中以下语句编号已存有不同的内容，它保留了原有内容：%2。其余语句均已送达（%3 条）。替换这些语句之前，请先联系学习记录存储的管理人员。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="207"/>
        <source>“%1” is empty</source>
        <translation>“%1”为空</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="208"/>
        <source>“%1” is too long</source>
        <translation>“%1”太长</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="209"/>
        <source>“%1” repeats an earlier row</source>
        <translation>“%1”与前面某一行重复</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="210"/>
        <source>“%1” is stored as a number, which keeps only 15 digits; format the column as text in Excel and type the numbers again</source>
        <translation>“%1”存成了数字，只保留 15 位有效数字；请在 Excel 中把这一列设为文本格式，再重新输入号码</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="215"/>
        <source>the ID card number in “%1” is not valid: %2</source>
        <translation>“%1”中的身份证号无效：%2</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="228"/>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="229"/>
        <source>project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="230"/>
        <source>training provider</source>
        <translation>承训单位</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="231"/>
        <source>start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="232"/>
        <source>end date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="233"/>
        <source>kind</source>
        <translation>项目类型</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="234"/>
        <source>school</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="235"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="236"/>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="243"/>
        <source>the %1 is empty</source>
        <translation>%1为空</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="244"/>
        <source>the %1 is too long</source>
        <translation>%1太长</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="245"/>
        <source>the year %2 is not a year the programme runs</source>
        <translation>%2 不是项目可能开展的年度</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="246"/>
        <source>the %1 “%2” is not a date like 2026-03-01</source>
        <translation>%1“%2”不是 2026-03-01 这样的日期</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="247"/>
        <source>the end date %2 is before the start date</source>
        <translation>结束日期 %2 早于开始日期</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="248"/>
        <source>the kind “%2” is not one of online, face-to-face, school-based, mixed</source>
        <translation>项目类型“%2”不是 online（网络研修）、face-to-face（集中培训）、school-based（校本研修）、mixed（混合式）之一</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="252"/>
        <source>a project named “%2” already exists in that year</source>
        <translation>该年度已有名为“%2”的项目</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="253"/>
        <source>there is no project %2; songpei hub project list shows them</source>
        <translation>没有编号为 %2 的项目；用 songpei hub project list 查看已有项目</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="258"/>
        <source>Not recorded: %1. Nothing was changed.</source>
        <translation>未记录：%1。未作任何改动。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="266"/>
        <source>there is no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="267"/>
        <source>it is not a database file</source>
        <translation>它不是数据库文件</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="268"/>
        <source>it is a database, but not a county hub&apos;s; a laptop&apos;s journal perhaps</source>
        <translation>它是数据库，但不是县级数据库，可能是某台电脑的学习记录</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="273"/>
        <source>%1 is not a county hub (%2). Check the file name, or create a hub with: songpei hub init</source>
        <translation>%1 不是县级数据库（%2）。请检查文件名，或用以下命令新建：songpei hub init</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="286"/>
        <source>it is not a JSON file</source>
        <translation>它不是 JSON 文件</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="287"/>
        <source>it is not a column template of a format this version knows</source>
        <translation>它不是本版本认识的列模板格式</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="290"/>
        <source>it lists no columns</source>
        <translation>其中没有列出任何列</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="291"/>
        <source>column %1 needs a “header” text and a “field” name</source>
        <translation>第 %1 列需要“header”（表头文字）和“field”（字段名）</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="292"/>
        <source>column %1 names the field “%2”, which is not one of: %3</source>
        <translation>第 %1 列的字段“%2”不是以下之一：%3</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="298"/>
        <source>The column template %1 cannot be used: %2. Nothing was written.</source>
        <translation>列模板 %1 无法使用：%2。未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="307"/>
        <source>it is not an Excel workbook (.xlsx)</source>
        <translation>它不是 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="313"/>
        <source>the workbook is damaged</source>
        <translation>工作簿已损坏</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="314"/>
        <source>the workbook is too large</source>
        <translation>工作簿过大</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="316"/>
        <source>Cannot read %1: %2. Nothing was changed.</source>
        <translation>无法读取 %1：%2。未作任何改动。</translation>
    </message>
    <message>
        <location filename="../messages/base/__init__.py" line="180"/>
        <source>The folder %1 does not exist. Create it, or give %2 a file in a folder that exists. Nothing was written.</source>
        <translation>文件夹 %1 不存在。请先建立该文件夹，或让 %2 指向已有文件夹中的文件。未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="115"/>
        <location filename="../messages/content.py" line="318"/>
        <source>it cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="319"/>
        <source>it is too large</source>
        <translation>文件太大</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="320"/>
        <source>it is not UTF-8 text; save it as UTF-8</source>
        <translation>不是 UTF-8 文本，请另存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="321"/>
        <source>it is not XML</source>
        <translation>不是 XML 文件</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="322"/>
        <source>the XML is broken</source>
        <translation>XML 格式有误</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="323"/>
        <source>it contains a DTD or entities, which are refused for safety</source>
        <translation>含有 DTD 或实体定义，为安全起见予以拒绝</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="326"/>
        <source>it is not a Moodle XML question file</source>
        <translation>不是 Moodle XML 题库文件</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="328"/>
        <source>Cannot import %1: %2.</source>
        <translation>无法导入 %1：%2。</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="334"/>
        <source>The content pack %1 was refused: %2. Nothing was installed.</source>
        <translation>内容包 %1 被拒绝：%2。未安装任何内容。</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="346"/>
        <source>Cannot build a pack from %1: %2.</source>
        <translation>无法从 %1 生成内容包：%2。</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="353"/>
        <source>Copying from the drive stopped at %1 (%2). Plug the drive in again and install again: the copy continues where it stopped.</source>
        <translation>从 U 盘复制到 %1 时中断（%2）。请重新插入 U 盘并再次安装，复制会从中断处继续。</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="366"/>
        <source>Another pack is being installed on this computer. Wait for it to finish, then try again.</source>
        <translation>本机正在安装另一个内容包。请等它完成后再试。</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="375"/>
        <source>The content library %1 is damaged (%2). Move it aside and install the packs again from the trainer&apos;s drive.</source>
        <translation>内容库 %1 已损坏（%2）。请把它移到别处，再从送培 U 盘重新安装内容包。</translation>
    </message>
    <message>
        <location filename="../messages/laptop.py" line="300"/>
        <source>This lesson&apos;s file is missing from this computer (%1). Install its pack again from the trainer&apos;s drive.</source>
        <translation>本机缺少这个课时的文件（%1）。请从送培 U 盘重新安装它的内容包。</translation>
    </message>
    <message>
        <location filename="../messages/base/__init__.py" line="31"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location filename="../messages/base/__init__.py" line="110"/>
        <source>The passphrase does not open the key file %1.</source>
        <translation>口令无法打开密钥文件 %1。</translation>
    </message>
    <message>
        <location filename="../messages/base/__init__.py" line="116"/>
        <source>%1 is not a Songpei key file, or it is damaged (%2).</source>
        <translation>%1 不是送培密钥文件，或已损坏（%2）。</translation>
    </message>
    <message>
        <location filename="../messages/base/__init__.py" line="125"/>
        <source>%1 is a %2 key; a %3 key is needed here.</source>
        <translation>%1 是%2密钥；这里需要%3密钥。</translation>
    </message>
    <message>
        <location filename="../messages/base/__init__.py" line="135"/>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>口令太短：至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../messages/base/__init__.py" line="142"/>
        <source>A passphrase is needed: type it when asked, or give --passphrase-file FILE.</source>
        <translation>需要口令：请在提示时输入，或使用 --passphrase-file 文件。</translation>
    </message>
    <message>
        <location filename="../messages/base/__init__.py" line="149"/>
        <source>Cannot read %1 (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../messages/base/__init__.py" line="154"/>
        <source>Please give %1.</source>
        <translation>请提供 %1。</translation>
    </message>
    <message>
        <location filename="../messages/base/__init__.py" line="160"/>
        <source>%1 already exists; it was not overwritten. Choose another folder with --out.</source>
        <translation>%1 已存在，没有覆盖。请用 --out 选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="388"/>
        <source>The list of trusted keys %1 is damaged (%2).</source>
        <translation>受信任密钥列表 %1 已损坏（%2）。</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="397"/>
        <source>This is the demo publisher key; its private half is public, so only the demo profile trusts it.</source>
        <translation>这是演示发布方密钥，它的私钥是公开的，所以只有演示模式才信任它。</translation>
    </message>
    <message>
        <location filename="../messages/content.py" line="403"/>
        <source>Only publisher and county keys can be trusted on a laptop; this is a %1 key.</source>
        <translation>电脑上只能信任发布方和县级密钥；这是%1密钥。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="159"/>
        <location filename="../messages/county.py" line="194"/>
        <source>it is not UTF-8 text; save it from Excel as “CSV UTF-8”</source>
        <translation>不是 UTF-8 文本；请在 Excel 中另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="162"/>
        <location filename="../messages/county.py" line="202"/>
        <source>it is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="163"/>
        <location filename="../messages/county.py" line="203"/>
        <source>the column “%1” is missing</source>
        <translation>缺少“%1”列</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="164"/>
        <source>the column “%1” is not one of district, full_time_teachers_YYYY, target_YYYY</source>
        <translation>“%1”列不是 district、full_time_teachers_YYYY、target_YYYY 之一</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="168"/>
        <location filename="../messages/county.py" line="204"/>
        <source>the row has a different number of cells than the header</source>
        <translation>这一行的单元格数与表头不一致</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="171"/>
        <source>the district appears twice</source>
        <translation>区县重复出现</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="172"/>
        <source>“%1” is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="173"/>
        <source>the number in “%1” is too large for a count of teachers</source>
        <translation>“%1”中的数字太大，不是教师人数</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="176"/>
        <location filename="../messages/county.py" line="197"/>
        <location filename="../messages/county.py" line="308"/>
        <source>it is an old Excel 97–2003 workbook (.xls); save it in Excel as .xlsx or as “CSV UTF-8”</source>
        <translation>它是旧版 Excel 97–2003 工作簿（.xls）；请在 Excel 中另存为 .xlsx 或“CSV UTF-8”</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="184"/>
        <location filename="../messages/county.py" line="219"/>
        <source>%1, line %2: %3. Nothing was changed.</source>
        <translation>%1，第 %2 行：%3。未作任何改动。</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="74"/>
        <source>the file is damaged or is not a key rotation or revocation list</source>
        <translation>文件已损坏，或不是密钥更替文件或吊销列表</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="77"/>
        <source>it is not signed by a key this laptop trusts</source>
        <translation>它不是由本机信任的密钥签名的</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="78"/>
        <source>a newer revocation list is already applied</source>
        <translation>本机已经采用了更新的吊销列表</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="79"/>
        <source>a key can only be replaced by a key of the same role</source>
        <translation>密钥只能由同一角色的密钥替换</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="83"/>
        <source>%1 was not applied: %2.</source>
        <translation>%1 未被采用：%2。</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="89"/>
        <source>%1 was refused: %2.</source>
        <translation>%1 被拒绝：%2。</translation>
    </message>
    <message>
        <location filename="../messages/base/drive.py" line="98"/>
        <source>The receipt %1 was not applied: %2.</source>
        <translation>回执 %1 未被采用：%2。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="321"/>
        <source>A hub already exists at %1; it was left as it is.</source>
        <translation>%1 处已有县级数据库，未作改动。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="326"/>
        <source>No laptop %1 in this hub&apos;s register.</source>
        <translation>本数据库的登记中没有电脑 %1。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="337"/>
        <source>%1 holds something other than a demo county; it was left alone. Choose an empty folder.</source>
        <translation>%1 中的内容不是演示县数据，未作任何改动。请选择一个空文件夹。</translation>
    </message>
    <message>
        <location filename="../messages/county.py" line="349"/>
        <source>%1 is not this hub&apos;s county key (the hub uses %2).</source>
        <translation>%1 不是本数据库的县级密钥（本数据库使用 %2）。</translation>
    </message>
    <message>
        <location filename="../messages/registry.py" line="54"/>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
    <message>
        <location filename="../messages/certificate.py" line="20"/>
        <source>the code given</source>
        <translation>所给的编码</translation>
    </message>
    <message>
        <location filename="../messages/certificate.py" line="24"/>
        <source>NOT GENUINE: the certificate data in %1 was changed after the county signed it (the signature does not match). Do not accept this certificate.</source>
        <translation>不是真证书：%1 中的证书数据在县级签名之后被改动过（签名不符）。请勿采信此证书。</translation>
    </message>
    <message>
        <location filename="../messages/certificate.py" line="33"/>
        <source>NOT VERIFIED: the certificate in %1 was signed by county key %2, which is not the county key given. If it comes from another county, check it with that county&apos;s public key (--key); otherwise do not accept it.</source>
        <translation>未能核验：%1 中的证书由县级密钥 %2 签名，不是所给的县级密钥。如证书来自其他县，请用该县的公钥（--key）核验；否则请勿采信。</translation>
    </message>
    <message>
        <location filename="../messages/certificate.py" line="44"/>
        <source>%1 holds a QR code, but not a Songpei certificate&apos;s.</source>
        <translation>%1 中有二维码，但不是送培证书的二维码。</translation>
    </message>
    <message>
        <location filename="../messages/certificate.py" line="48"/>
        <source>The certificate in %1 is signed by the county but written in a format this version of Songpei does not know. Update Songpei and check it again.</source>
        <translation>%1 中的证书有县级签名，但格式是本版送培不认识的。请更新送培后再核验。</translation>
    </message>
    <message>
        <location filename="../messages/certificate.py" line="56"/>
        <source>The certificate code in %1 is damaged and cannot be read. Take a sharper photo or scan of the QR code, or check the PDF file itself.</source>
        <translation>%1 中的证书编码已损坏，无法读取。请把二维码拍得或扫得更清晰些，或直接核验 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../messages/certificate.py" line="70"/>
        <source>Cannot read QR codes from %1 on this computer: the QR reader (the zbar library, package libzbar0) or the PDF renderer is missing (%2).</source>
        <translation>本机无法从 %1 读取二维码：缺少二维码识别库（zbar，软件包 libzbar0）或 PDF 渲染组件（%2）。</translation>
    </message>
    <message>
        <location filename="../messages/certificate.py" line="80"/>
        <source>%1 is neither a picture (PNG, JPEG …) nor a PDF that can be opened.</source>
        <translation>%1 既不是图片（PNG、JPEG 等），也不是能打开的 PDF。</translation>
    </message>
    <message>
        <location filename="../messages/certificate.py" line="88"/>
        <source>The picture %1 is too large to read; make it smaller.</source>
        <translation>图片 %1 太大，无法读取；请缩小后再试。</translation>
    </message>
    <message>
        <location filename="../messages/certificate.py" line="92"/>
        <source>No certificate QR code was found in %1. Photograph or scan the whole code, straight on and in focus, or give the certificate&apos;s PDF file.</source>
        <translation>在 %1 中没有找到证书二维码。请正对二维码、对准焦距，拍下或扫描完整的二维码，或提供证书的 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../messages/certificate.py" line="105"/>
        <source>“%1” is not a valid certificate number: its check digits do not match. Check the number for a mistyped character.</source>
        <translation>“%1”不是有效的证书编号：校验位不符。请检查是否有输错的字符。</translation>
    </message>
    <message>
        <location filename="../messages/certificate.py" line="113"/>
        <source>“%1” is neither a file nor a certificate number (like ABCD-2026-000123-45).</source>
        <translation>“%1”既不是文件，也不是证书编号（形如 ABCD-2026-000123-45）。</translation>
    </message>
    <message>
        <location filename="../messages/certificate.py" line="124"/>
        <source>NOT FOUND: certificate number %1 is not in the register of hub %2. This county did not issue it (or it was issued by another hub).</source>
        <translation>查无此证：证书编号 %1 不在县级平台 %2 的发证登记中。本县未发过此证（或由其他县级平台发出）。</translation>
    </message>
    <message>
        <location filename="../messages/certificate.py" line="138"/>
        <source>Please give the name of the officer who reviewed the hours (--officer).</source>
        <translation>请填写审核学时的审核人姓名（--officer）。</translation>
    </message>
    <message>
        <location filename="../messages/certificate.py" line="142"/>
        <source>The hub has no teacher with ID number %1.</source>
        <translation>县级平台中没有身份证号为 %1 的教师。</translation>
    </message>
    <message>
        <location filename="../messages/certificate.py" line="145"/>
        <source>No certificate issued: %1 practice evidence submissions of this teacher wait for the county&apos;s decision (学时认定). Decide on them first.</source>
        <translation>未发证：该教师有 %1 份实践成果等待县级学时认定。请先完成认定。</translation>
    </message>
    <message>
        <location filename="../messages/certificate.py" line="153"/>
        <source>No certificate issued: the hub holds no recognised hours for the teacher %1.</source>
        <translation>未发证：县级平台中没有教师 %1 的已认定学时。</translation>
    </message>
    <message>
        <location filename="../messages/certificate.py" line="163"/>
        <source>No county key to check the certificate against: this computer trusts none. Give the county&apos;s public key with --key COUNTY.pub (or the county hub with --hub).</source>
        <translation>没有可用于核验证书的县级密钥：本机未信任任何县级密钥。请用 --key COUNTY.pub 提供县级公钥（或用 --hub 指定县级平台）。</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../gui/operations.py" line="34"/>
        <location filename="../gui/operations.py" line="167"/>
        <source>Songpei</source>
        <translation>送培</translation>
    </message>
    <message>
        <location filename="../gui/operations.py" line="163"/>
        <source>Working, please wait…</source>
        <translation>正在处理，请稍候…</translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
    <message>
        <location filename="../gui/school/picker.py" line="30"/>
        <source>Who is studying today?</source>
        <translation>今天谁来学习？</translation>
    </message>
    <message>
        <location filename="../gui/school/picker.py" line="35"/>
        <source>Demo profile: made-up teachers; every demo PIN is %1. Real records are kept elsewhere.</source>
        <translation>演示模式：教师均为虚构，演示 PIN 码都是 %1。真实记录另行保存，不受影响。</translation>
    </message>
    <message>
        <location filename="../gui/school/picker.py" line="44"/>
        <source>Choose your name and press Enter, or enrol yourself.</source>
        <translation>请选择您的姓名并按回车键；如果还没有注册，请先注册。</translation>
    </message>
    <message>
        <location filename="../gui/school/picker.py" line="47"/>
        <source>Teachers on this computer</source>
        <translation>本机教师</translation>
    </message>
    <message>
        <location filename="../gui/school/picker.py" line="54"/>
        <source>Welcome! No teacher is enrolled on this computer yet.

Each teacher enrols once: name, ID card number, school and a PIN of her own. After that, choose your name here and type your PIN to study.

Press “Enrol a new teacher” to begin.</source>
        <translation>欢迎使用送培！本机还没有注册教师。

每位教师只需注册一次：姓名、身份证号、学校和自己的 PIN 码。以后在这里选中自己的名字、输入 PIN 码，就可以学习。

请点击“注册新教师”开始。</translation>
    </message>
    <message>
        <location filename="../gui/school/picker.py" line="63"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../gui/school/picker.py" line="68"/>
        <source>Enrol a new teacher</source>
        <translation>注册新教师</translation>
    </message>
    <message>
        <location filename="../gui/school/picker.py" line="70"/>
        <source>Sync station (trainer)</source>
        <translation>同步站（送培教师）</translation>
    </message>
    <message>
        <location filename="../gui/school/picker.py" line="72"/>
        <source>Face-to-face session (trainer)</source>
        <translation>送教活动签到（送培教师）</translation>
    </message>
    <message>
        <location filename="../gui/school/picker.py" line="89"/>
        <source>Key fingerprint of this computer: %1</source>
        <translation>本机密钥指纹：%1</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../i18n/qt_gaps.py" line="18"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../i18n/qt_gaps.py" line="16"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../i18n/qt_gaps.py" line="17"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QuarantinePage</name>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="36"/>
        <source>Quarantine</source>
        <translation>隔离区</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="40"/>
        <source>Held back until a person decides: nothing here counts in the reports. Approving a laptop imports its held bundles; anything else is dismissed with a note.</source>
        <translation>这里的内容等待人工决定，不计入报表。批准一台电脑即会导入它被扣留的数据包；其他情况请写明理由后移除。</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="48"/>
        <source>Show &amp;dealt-with ones too</source>
        <translation>也显示已处理的(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="55"/>
        <source>Held since</source>
        <translation>隔离时间</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="56"/>
        <source>Laptop</source>
        <translation>电脑</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="57"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="58"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="59"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="67"/>
        <source>Why it is dismissed (required)</source>
        <translation>移除理由（必填）</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="70"/>
        <source>D&amp;ismiss with this note</source>
        <translation>写明理由后移除(&amp;I)</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="74"/>
        <source>&amp;Approve as a laptop of its own</source>
        <translation>批准为一台独立的电脑(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="77"/>
        <source>The laptop holding this history takes on a new identity when it applies the next receipts; its records are imported from its next bundle. The other laptop is unaffected.</source>
        <translation>持有这份记录历史的电脑在应用下一份回执时启用新身份；它的记录将从其下一个同步包导入。另一台电脑不受影响。</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="83"/>
        <source>&amp;Note:</source>
        <translation>理由(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="107"/>
        <source>a record contradicts the county&apos;s copy</source>
        <translation>有记录与县里的副本矛盾</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="114"/>
        <source>schools: %1</source>
        <translation>学校：%1</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="116"/>
        <source>differs from record %1 on</source>
        <translation>自第 %1 条记录起与县级副本不同</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="118"/>
        <source>key fingerprint %1</source>
        <translation>密钥指纹 %1</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="121"/>
        <source>the laptop sent a different record under the same number</source>
        <translation>电脑以相同序号发来了不同的记录</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="123"/>
        <source>a record id the county already has from elsewhere</source>
        <translation>县里已从别处收到过相同编号的记录</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="124"/>
        <source>its first record is not a readable claim for this laptop</source>
        <translation>它的第一条记录不是针对这台电脑的可读声明</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="125"/>
        <source>the county approved no such history</source>
        <translation>县里没有批准过这样的记录历史</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="126"/>
        <source>the claim is not signed by the enrolled laptop&apos;s key</source>
        <translation>该声明没有用已登记电脑的密钥签名</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="127"/>
        <source>its records are not the history the county approved</source>
        <translation>它的记录不是县里批准的那份记录历史</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="133"/>
        <source>record %1</source>
        <translation>第 %1 条记录</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="140"/>
        <source>approved: waiting for the laptop under its new identity</source>
        <translation>已批准：等待这台电脑以新身份发来记录</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="142"/>
        <source>waiting</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="144"/>
        <source>imported when the laptop was approved</source>
        <translation>电脑获批后已导入</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="146"/>
        <source>imported from the laptop&apos;s new identity %1</source>
        <translation>已从这台电脑的新身份 %1 导入</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="147"/>
        <source>dismissed: %1</source>
        <translation>已移除：%1</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="153"/>
        <source>%1 items held.</source>
        <translation>共隔离 %1 项。</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="153"/>
        <source>Nothing is held.</source>
        <translation>隔离区为空。</translation>
    </message>
    <message>
        <location filename="../gui/county/quarantine_page.py" line="178"/>
        <source>%1 — %2: %3. %4</source>
        <translation>%1 — %2：%3。%4</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <location filename="../gui/school/quiz.py" line="485"/>
        <source>You have used all %1 attempts at this quiz, so it cannot be started again.</source>
        <translation>这份自测的 %1 次作答机会已经用完，不能再开始。</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="492"/>
        <source>This lesson has no quiz.</source>
        <translation>这个课时没有自测。</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="494"/>
        <source>This quiz&apos;s content pack is not installed on this computer.</source>
        <translation>本机没有安装这份自测所在的内容包。</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="495"/>
        <source>This quiz&apos;s questions cannot be read. Install its content pack again.</source>
        <translation>无法读取这份自测的题目，请重新安装它的内容包。</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz_editors.py" line="85"/>
        <source>True</source>
        <translation>对</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz_editors.py" line="85"/>
        <source>False</source>
        <translation>错</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz_editors.py" line="141"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz_editors.py" line="142"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz_editors.py" line="184"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
</context>
<context>
    <name>QuizDialog</name>
    <message>
        <location filename="../gui/school/quiz.py" line="135"/>
        <source>Previous</source>
        <translation>上一题</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="136"/>
        <location filename="../gui/school/quiz.py" line="269"/>
        <source>Next</source>
        <translation>下一题</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="137"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="195"/>
        <source>%1 questions. Pass mark: %2 out of 100.</source>
        <translation>共 %1 道题。合格分数：%2 分（满分 100）。</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="204"/>
        <source>Time limit: %1 minutes. Answers given after the time is up do not count.</source>
        <translation>限时 %1 分钟。时间到了以后作答的题目不计分。</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="212"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="222"/>
        <source>Attempts are not limited.</source>
        <translation>作答次数不限。</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="223"/>
        <source>Attempts left: %1 of %2.</source>
        <translation>剩余作答次数：%1 / %2。</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="244"/>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="269"/>
        <location filename="../gui/school/quiz.py" line="308"/>
        <source>Hand in</source>
        <translation>交卷</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="291"/>
        <source>%1 of %2 questions are not answered yet. Hand in now? Unanswered questions score nothing.</source>
        <translation>%2 道题中有 %1 道还没有作答。现在交卷吗？未作答的题目不得分。</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="309"/>
        <source>Keep answering</source>
        <translation>继续作答</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="336"/>
        <source>Time left: %1</source>
        <translation>剩余时间：%1</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="376"/>
        <source>Hand in again</source>
        <translation>再次交卷</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="388"/>
        <source>Score: %1 out of 100</source>
        <translation>得分：%1（满分 100）</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="391"/>
        <source>Passed.</source>
        <translation>合格。</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="393"/>
        <source>Not passed: the pass mark is %1.</source>
        <translation>未合格：合格分数为 %1。</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="398"/>
        <source>The time was up: answers given after it were not counted.</source>
        <translation>时间已到：之后作答的题目不计分。</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="422"/>
        <source>Not answered in time.</source>
        <translation>未在时限内作答。</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="424"/>
        <source>Not answered.</source>
        <translation>未作答。</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="427"/>
        <source>Right.</source>
        <translation>正确。</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="429"/>
        <source>Partly right: %1 %.</source>
        <translation>部分正确：%1%。</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="431"/>
        <source>Wrong.</source>
        <translation>错误。</translation>
    </message>
    <message>
        <location filename="../gui/school/quiz.py" line="473"/>
        <source>Hand in now? Your answers so far are marked and this counts as an attempt.</source>
        <translation>现在交卷吗？已作答的题目会被评分，并计为一次作答。</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../gui/school/evidence.py" line="381"/>
        <source>Rate evidence</source>
        <translation>考核成果</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="395"/>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="401"/>
        <location filename="../gui/school/evidence.py" line="499"/>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="402"/>
        <location filename="../gui/school/evidence.py" line="500"/>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="403"/>
        <location filename="../gui/school/evidence.py" line="501"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="412"/>
        <source>Comment for the teacher (what is good, what to improve)</source>
        <translation>给教师的评语（优点和改进之处）</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="415"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="421"/>
        <source>Save rating</source>
        <translation>保存考核结果</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="423"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="430"/>
        <source>Submissions of other teachers (not yet rated first)</source>
        <translation>其他教师的提交（未考核的排在前面）</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="432"/>
        <source>The work, in the order the pack asks for it</source>
        <translation>提交的成果（按内容包要求的顺序）</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="436"/>
        <source>Files:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="440"/>
        <source>Criteria (合格 / 优秀)</source>
        <translation>评价标准（合格 / 优秀）</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="448"/>
        <source>Your rating</source>
        <translation>您的评定</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="451"/>
        <source>Comment for the teacher:</source>
        <translation>给教师的评语：</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="463"/>
        <source>Only members of the school team can rate evidence.</source>
        <translation>只有信息化管理团队成员才能考核成果。</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="490"/>
        <source>not rated</source>
        <translation>未考核</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="493"/>
        <source>No evidence from other teachers to rate.</source>
        <translation>没有需要考核的其他教师成果。</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="524"/>
        <source>File: %1 (%2)</source>
        <translation>文件：%1（%2）</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="536"/>
        <source>合格 (pass):</source>
        <translation>合格：</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="539"/>
        <source>优秀 (excellent):</source>
        <translation>优秀：</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="542"/>
        <source>The pack gives no criteria for this point.</source>
        <translation>内容包未给出该能力点的评价标准。</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="559"/>
        <source>Rated %1 by %2. A new rating replaces it.</source>
        <translation>%2 已评为%1。重新考核将替换此结果。</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="578"/>
        <source>No program on this computer opens %1; it is saved as %2.</source>
        <translation>本机没有能打开 %1 文件的程序；文件已保存为 %2。</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="594"/>
        <source>Please choose a rating: excellent, pass or fail.</source>
        <translation>请选择考核结果：优秀、合格或不合格。</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="601"/>
        <source>Rating saved.</source>
        <translation>考核结果已保存。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../gui/county/reports_page.py" line="44"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="64"/>
        <source>Hours for the platform (&amp;CSV)…</source>
        <translation>平台学时表（&amp;CSV）…</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="80"/>
        <source>Learning records (&amp;xAPI)…</source>
        <translation>学习记录（&amp;xAPI）…</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="88"/>
        <source>Send to a learning record &amp;store…</source>
        <translation>发送到学习记录存储(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="180"/>
        <source>Save the hours table</source>
        <translation>保存学时表</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="177"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="48"/>
        <source>Year of the progress report</source>
        <translation>进展报告的年度</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="49"/>
        <source>Built-in template</source>
        <translation>内置模板</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="50"/>
        <source>Platform &amp;template…</source>
        <translation>平台模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="53"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="58"/>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="62"/>
        <source>Hours for the platform (&amp;Excel)…</source>
        <translation>平台学时表（&amp;Excel）…</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="68"/>
        <source>Every teacher&apos;s hours in the platform&apos;s import template, ready to upload to the county platform.</source>
        <translation>按平台导入模板列出每位教师的学时，可直接上传到县级平台。</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="72"/>
        <source>Progress &amp;report (PDF)…</source>
        <translation>进展报告（PDF）(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="76"/>
        <source>The year&apos;s figures by district and school against the targets, and every teacher still short of the hours: for the education bureau, signed and stamped.</source>
        <translation>该年度各区县、各学校的数据与目标对比，以及学时未达标的教师名单：审核盖章后报教育局。</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="84"/>
        <source>Every learning record in the standard format (xAPI) that learning platforms read, as a file; no ID card numbers leave the county.</source>
        <translation>以学习平台通用的标准格式（xAPI）导出全部学习记录文件；身份证号不会离开县里。</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="92"/>
        <source>The same records, sent to the province&apos;s or county&apos;s learning record store (LRS); a record it already holds with other content is named, every other one is delivered.</source>
        <translation>把同样的记录发送到省或县的学习记录存储（LRS）；对方已存有但内容不同的记录会逐条列出，其余全部送达。</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="97"/>
        <source>Certificate for a teac&amp;her…</source>
        <translation>教师证书(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="101"/>
        <source>结业证书 or 学时证明 for one teacher, with a QR code signed by the county key that anyone can check offline.</source>
        <translation>为一位教师出具结业证书或学时证明，二维码由县级密钥签名，任何人都可离线核验。</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="150"/>
        <source>(no targets loaded)</source>
        <translation>（未载入目标表）</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="157"/>
        <source>The platform&apos;s column template</source>
        <translation>平台的列模板</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="159"/>
        <source>Templates (*.json);;All files (*)</source>
        <translation>模板 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="171"/>
        <source>Columns from %1.</source>
        <translation>列采用 %1。</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="175"/>
        <source>Excel files (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="193"/>
        <source>Saved %1: %2 teachers, %3 of them finished.</source>
        <translation>已保存 %1：共 %2 位教师，其中 %3 位已结业。</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="199"/>
        <source>Adding up every teacher&apos;s hours…</source>
        <translation>正在汇总每位教师的学时…</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="205"/>
        <source>Save the progress report</source>
        <translation>保存进展报告</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="207"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="219"/>
        <source>Making the progress report…</source>
        <translation>正在生成进展报告……</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="223"/>
        <source>The progress report is saved: %1 teachers, %2 of them finished.</source>
        <translation>进展报告已保存：共 %1 位教师，其中 %2 位已结业。</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="238"/>
        <source>Save the xAPI statements</source>
        <translation>保存 xAPI 语句</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="240"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="251"/>
        <source>Saved %1: %2 xAPI statements.</source>
        <translation>已保存 %1：共 %2 条 xAPI 语句。</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="263"/>
        <source>Sending to the learning record store: %1 of %2</source>
        <translation>正在发送到学习记录存储：%1 / %2</translation>
    </message>
    <message>
        <location filename="../gui/county/reports_page.py" line="273"/>
        <source>Sent %1 statements to %2 (%3 of them it held already, never stored twice).</source>
        <translation>已向 %2 发送 %1 条语句（其中 %3 条已存在，不会重复存储）。</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../gui/role.py" line="15"/>
        <source>Welcome to Songpei</source>
        <translation>欢迎使用送培</translation>
    </message>
    <message>
        <location filename="../gui/role.py" line="17"/>
        <source>What is this computer for?</source>
        <translation>这台电脑做什么用？</translation>
    </message>
    <message>
        <location filename="../gui/role.py" line="19"/>
        <source>You are asked once; the answer is kept in Songpei&apos;s data folder.</source>
        <translation>只问这一次；答案保存在送培的数据文件夹中。</translation>
    </message>
    <message>
        <location filename="../gui/role.py" line="22"/>
        <source>A &amp;school laptop: teachers study and sign in here</source>
        <translation>学校的电脑(&amp;S)：教师在这里登录、学习</translation>
    </message>
    <message>
        <location filename="../gui/role.py" line="24"/>
        <source>The &amp;county office: import records, see progress, send receipts</source>
        <translation>县级管理办公室(&amp;C)：导入记录、查看进度、发送回执</translation>
    </message>
</context>
<context>
    <name>SavedPdf</name>
    <message>
        <location filename="../gui/saved_pdf.py" line="30"/>
        <source>No printer is set up on this computer. The file opens in the PDF reader: print it from there, or copy it to a computer with a printer.</source>
        <translation>这台电脑没有设置打印机。文件将在 PDF 阅读器中打开：请从阅读器打印，或把文件复制到有打印机的电脑上打印。</translation>
    </message>
    <message>
        <location filename="../gui/saved_pdf.py" line="45"/>
        <source>The printer %1 did not take the file: %2</source>
        <translation>打印机 %1 未能接收文件：%2</translation>
    </message>
    <message>
        <location filename="../gui/saved_pdf.py" line="59"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../gui/saved_pdf.py" line="61"/>
        <source>Saved as: %1</source>
        <translation>保存位置：%1</translation>
    </message>
    <message>
        <location filename="../gui/saved_pdf.py" line="63"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../gui/saved_pdf.py" line="64"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../gui/saved_pdf.py" line="65"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SchoolDocumentsDialog</name>
    <message>
        <location filename="../gui/school/school_documents.py" line="39"/>
        <source>School plans (整校推进)</source>
        <translation>整校推进：学校规划与方案</translation>
    </message>
    <message>
        <location filename="../gui/school/school_documents.py" line="44"/>
        <source>The school&apos;s development plan for information technology and its school-based training plan, filed by the school&apos;s IT management team. Each goes to the county with the next sync; filing a plan again sends the new version.</source>
        <translation>学校的信息化发展规划和校本研修方案，由信息化管理团队提交。提交后随下一次同步送达县级；再次提交即送去新版本。</translation>
    </message>
    <message>
        <location filename="../gui/school/school_documents.py" line="50"/>
        <source>The school&apos;s two plans</source>
        <translation>本校的两份文档</translation>
    </message>
    <message>
        <location filename="../gui/school/school_documents.py" line="57"/>
        <source>File the %1…</source>
        <translation>提交%1…</translation>
    </message>
    <message>
        <location filename="../gui/school/school_documents.py" line="69"/>
        <source>Filed</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../gui/school/school_documents.py" line="70"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../gui/school/school_documents.py" line="71"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../gui/school/school_documents.py" line="72"/>
        <source>Filed by</source>
        <translation>提交人</translation>
    </message>
    <message>
        <location filename="../gui/school/school_documents.py" line="73"/>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <location filename="../gui/school/school_documents.py" line="76"/>
        <source>Every filing</source>
        <translation>全部提交记录</translation>
    </message>
    <message>
        <location filename="../gui/school/school_documents.py" line="77"/>
        <source>Every filing, newest first</source>
        <translation>全部提交记录（最新的在前）</translation>
    </message>
    <message>
        <location filename="../gui/school/school_documents.py" line="82"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../gui/school/school_documents.py" line="95"/>
        <source>Only members of the school&apos;s IT management team can file school plans.</source>
        <translation>只有信息化管理团队成员才能提交学校规划与方案。</translation>
    </message>
    <message>
        <location filename="../gui/school/school_documents.py" line="113"/>
        <source>%1, filed %2 (%3)</source>
        <translation>%1，%2 提交（%3）</translation>
    </message>
    <message>
        <location filename="../gui/school/school_documents.py" line="119"/>
        <source>Not filed yet</source>
        <translation>尚未提交</translation>
    </message>
    <message>
        <location filename="../gui/school/school_documents.py" line="126"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../gui/school/school_documents.py" line="137"/>
        <source>received by the county</source>
        <translation>县级已收到</translation>
    </message>
    <message>
        <location filename="../gui/school/school_documents.py" line="138"/>
        <source>goes to the county with the next sync</source>
        <translation>下次同步时送达县级</translation>
    </message>
    <message>
        <location filename="../gui/school/school_documents.py" line="144"/>
        <source>Choose the %1</source>
        <translation>选择%1</translation>
    </message>
    <message>
        <location filename="../gui/school/school_documents.py" line="146"/>
        <source>Documents (%1)</source>
        <translation>文档 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/school/school_documents.py" line="160"/>
        <source>%1 is filed: %2.</source>
        <translation>%1已提交：%2。</translation>
    </message>
    <message>
        <location filename="../gui/school/school_documents.py" line="173"/>
        <source>Filing the document…</source>
        <translation>正在提交文档…</translation>
    </message>
</context>
<context>
    <name>SchoolDocumentsPage</name>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="45"/>
        <source>Whole-school progress: the schools&apos; plans</source>
        <translation>整校推进：各校的规划与方案</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="51"/>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="52"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="53"/>
        <source>County</source>
        <translation>县级评定</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="54"/>
        <source>Filed</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="55"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="56"/>
        <source>Laptop</source>
        <translation>电脑</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="59"/>
        <source>Schools&apos; plans</source>
        <translation>各校的规划与方案</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="65"/>
        <source>&amp;Open the file</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="67"/>
        <source>Pa&amp;ss (合格)</source>
        <translation>合格(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="68"/>
        <source>&amp;Fail (不合格)</source>
        <translation>不合格(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="78"/>
        <source>Required for fail: what the school must change</source>
        <translation>评为不合格时必填：学校需要修改什么</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="80"/>
        <source>&amp;Save the rating</source>
        <translation>保存评定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="85"/>
        <source>County rating:</source>
        <translation>县级评定：</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="86"/>
        <source>&amp;Comment:</source>
        <translation>意见(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="87"/>
        <source>&amp;Rated by:</source>
        <translation>评定人(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="90"/>
        <source>Earlier ratings</source>
        <translation>历次评定</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="99"/>
        <source>Ratings so far, newest first:</source>
        <translation>历次评定（最新的在前）：</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="112"/>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="112"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="116"/>
        <source>not rated yet</source>
        <translation>尚未评定</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="132"/>
        <source>not arrived</source>
        <translation>尚未收到</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="141"/>
        <source>%1 (replaced)</source>
        <translation>%1（已被新版本取代）</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="147"/>
        <source>%1 schools; %2 of them have filed both plans.</source>
        <translation>共 %1 所学校，其中 %2 所两份文档都已提交。</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="162"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="180"/>
        <source>This school&apos;s plan has not reached the county yet: nothing to rate.</source>
        <translation>这所学校的这份文档尚未送达县里，暂时无可评定。</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="182"/>
        <source>Choose a school&apos;s plan on the left.</source>
        <translation>请在左侧选择一所学校的文档。</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="187"/>
        <source>%1 — %2, filed %3 by %4 on laptop %5.</source>
        <translation>%1——%2，%3 由 %4 在电脑 %5 上提交。</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="197"/>
        <source>The file has not reached the hub; import the laptop&apos;s bundle.</source>
        <translation>文件尚未送达数据中心，请导入该电脑的同步包。</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="218"/>
        <source>%1 %2, by %3</source>
        <translation>%1 %2，评定人 %3</translation>
    </message>
    <message>
        <location filename="../gui/county/school_documents_page.py" line="222"/>
        <source>Not rated yet.</source>
        <translation>尚未评定。</translation>
    </message>
</context>
<context>
    <name>SchoolSettingsDialog</name>
    <message>
        <location filename="../gui/school/school_settings.py" line="32"/>
        <source>School settings</source>
        <translation>学校设置</translation>
    </message>
    <message>
        <location filename="../gui/school/school_settings.py" line="34"/>
        <source>Teaching environment of this school (教学环境)</source>
        <translation>本校的教学环境</translation>
    </message>
    <message>
        <location filename="../gui/school/school_settings.py" line="37"/>
        <source>Projector or screen in the classroom: teachers choose A points.</source>
        <translation>教室里有投影或大屏：教师从 A 类能力点中选择。</translation>
    </message>
    <message>
        <location filename="../gui/school/school_settings.py" line="39"/>
        <source>Also devices and a network students learn with, in class and beyond: teachers choose A and B points.</source>
        <translation>另有供学生在课内外学习使用的终端和网络：教师从 A、B 两类能力点中选择。</translation>
    </message>
    <message>
        <location filename="../gui/school/school_settings.py" line="43"/>
        <source>Also a smart classroom with a device for every student and learning data: teachers choose A, B and C points.</source>
        <translation>另有学生人手一台终端、能采集学习数据的智慧教室：教师从 A、B、C 三类能力点中选择。</translation>
    </message>
    <message>
        <location filename="../gui/school/school_settings.py" line="64"/>
        <source>A richer environment includes the poorer ones. Until the school chooses, teachers see the points of every environment.</source>
        <translation>条件较好的环境包含较基础的环境。学校作出选择之前，教师可以看到全部环境的能力点。</translation>
    </message>
    <message>
        <location filename="../gui/school/school_settings.py" line="72"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../gui/school/school_settings.py" line="92"/>
        <source>Choose the school&apos;s teaching environment.</source>
        <translation>请选择学校的教学环境。</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../selftest.py" line="49"/>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <location filename="../selftest.py" line="52"/>
        <source>%1 did not load</source>
        <translation>%1 未能加载</translation>
    </message>
    <message>
        <location filename="../selftest.py" line="66"/>
        <source>hash chain broken after %1 events</source>
        <translation>写入 %1 条记录后哈希链断裂</translation>
    </message>
    <message>
        <location filename="../selftest.py" line="68"/>
        <source>%1 events written and read back</source>
        <translation>已写入并读回 %1 条记录</translation>
    </message>
    <message>
        <location filename="../selftest.py" line="83"/>
        <source>the demo pack is not there</source>
        <translation>找不到演示课程包</translation>
    </message>
    <message>
        <location filename="../selftest.py" line="91"/>
        <source>%1 v%2: signature and %3 files verified, %4 lessons installed</source>
        <translation>%1 第 %2 版：签名与 %3 个文件校验通过，已安装 %4 个课时</translation>
    </message>
    <message>
        <location filename="../selftest.py" line="108"/>
        <source>libvlc did not load (%1)</source>
        <translation>libvlc 未能加载（%1）</translation>
    </message>
    <message>
        <location filename="../selftest.py" line="114"/>
        <source>libvlc refused to start %1</source>
        <translation>libvlc 无法开始播放 %1</translation>
    </message>
    <message>
        <location filename="../selftest.py" line="120"/>
        <source>%1 never reached Playing (state %2)</source>
        <translation>%1 始终未进入播放状态（状态 %2）</translation>
    </message>
    <message>
        <location filename="../selftest.py" line="131"/>
        <source>playing, but the time did not advance</source>
        <translation>显示正在播放，但播放时间没有前进</translation>
    </message>
    <message>
        <location filename="../selftest.py" line="138"/>
        <source>libvlc %1: Playing, time advanced %2 ms</source>
        <translation>libvlc %1：正在播放，时间前进了 %2 毫秒</translation>
    </message>
    <message>
        <location filename="../selftest.py" line="153"/>
        <source>%1 has no embedded CJK font</source>
        <translation>%1 没有嵌入中文字体</translation>
    </message>
    <message>
        <location filename="../selftest.py" line="154"/>
        <source>transcript, %1 bytes, %2 embedded</source>
        <translation>学时证明，%1 字节，已嵌入 %2</translation>
    </message>
    <message>
        <location filename="../selftest.py" line="162"/>
        <source>no widget application</source>
        <translation>没有图形界面程序对象</translation>
    </message>
    <message>
        <location filename="../selftest.py" line="169"/>
        <source>the window rendered blank</source>
        <translation>窗口绘制结果是空白</translation>
    </message>
    <message>
        <location filename="../selftest.py" line="179"/>
        <source>Translations</source>
        <translation>界面翻译</translation>
    </message>
    <message>
        <location filename="../selftest.py" line="180"/>
        <source>Window (offscreen)</source>
        <translation>窗口绘制（离屏）</translation>
    </message>
    <message>
        <location filename="../selftest.py" line="181"/>
        <source>Journal in a temporary folder</source>
        <translation>临时文件夹中的学习记录</translation>
    </message>
    <message>
        <location filename="../selftest.py" line="182"/>
        <source>Demo pack signature</source>
        <translation>演示课程包签名</translation>
    </message>
    <message>
        <location filename="../selftest.py" line="183"/>
        <source>Video (libvlc, dummy output)</source>
        <translation>视频播放（libvlc，空输出）</translation>
    </message>
    <message>
        <location filename="../selftest.py" line="184"/>
        <source>PDF with the Chinese font</source>
        <translation>含中文字体的 PDF</translation>
    </message>
    <message>
        <location filename="../selftest.py" line="187"/>
        <source>Self-test</source>
        <translation>安装自检</translation>
    </message>
    <message>
        <location filename="../selftest.py" line="197"/>
        <source>Failed: %1</source>
        <translation>未通过：%1</translation>
    </message>
    <message>
        <location filename="../selftest.py" line="199"/>
        <source>All %1 checks passed.</source>
        <translation>全部 %1 项检查通过。</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../gui/school/session.py" line="58"/>
        <source>Face-to-face session</source>
        <translation>送教活动签到</translation>
    </message>
    <message>
        <location filename="../gui/school/session.py" line="79"/>
        <source>Trainer: unlock the key on your drive to open a session.</source>
        <translation>送培教师：请解锁 U 盘上的密钥，开始一次送教活动。</translation>
    </message>
    <message>
        <location filename="../gui/school/session.py" line="82"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../gui/school/session.py" line="90"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../gui/school/session.py" line="93"/>
        <location filename="../gui/school/session.py" line="103"/>
        <source>Trainer key</source>
        <translation>送培教师密钥</translation>
    </message>
    <message>
        <location filename="../gui/school/session.py" line="94"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../gui/school/session.py" line="103"/>
        <source>Songpei keys (*.key)</source>
        <translation>送培密钥 (*.key)</translation>
    </message>
    <message>
        <location filename="../gui/school/session.py" line="144"/>
        <source>Start signing in</source>
        <translation>开始签到</translation>
    </message>
    <message>
        <location filename="../gui/school/session.py" line="147"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../gui/school/session.py" line="148"/>
        <source>Hours (学时)</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../gui/school/session.py" line="167"/>
        <source>%1 — %2 hours, %3</source>
        <translation>%1
%2 学时 · %3</translation>
    </message>
    <message>
        <location filename="../gui/school/session.py" line="182"/>
        <source>Each teacher: choose your name, type your PIN, press Enter.</source>
        <translation>请每位教师选择自己的姓名，输入 PIN 码后按回车键。</translation>
    </message>
    <message>
        <location filename="../gui/school/session.py" line="188"/>
        <location filename="../gui/school/session.py" line="200"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../gui/school/session.py" line="190"/>
        <source>Sign attendance</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../gui/school/session.py" line="196"/>
        <source>End the session</source>
        <translation>结束活动</translation>
    </message>
    <message>
        <location filename="../gui/school/session.py" line="221"/>
        <source>Signed in so far (%1): %2</source>
        <translation>已签到（%1 人）：%2</translation>
    </message>
    <message>
        <location filename="../gui/school/session.py" line="223"/>
        <source>Nobody has signed in yet.</source>
        <translation>还没有人签到。</translation>
    </message>
    <message>
        <location filename="../gui/school/session.py" line="228"/>
        <source>✓ signed</source>
        <translation>✓ 已签到</translation>
    </message>
    <message>
        <location filename="../gui/school/session.py" line="258"/>
        <source>The session “%1” has ended.
%2 teachers signed in: %3.
It lasted %4 minutes; each teacher who signed in earns %5 hours (%6).</source>
        <translation>送教活动“%1”已结束。
%2 位教师签到：%3。
历时 %4 分钟；每位签到教师获得 %5 学时（%6）。</translation>
    </message>
    <message>
        <location filename="../gui/school/session.py" line="296"/>
        <source>%1 signed in.</source>
        <translation>%1 已签到。</translation>
    </message>
    <message>
        <location filename="../gui/school/session.py" line="304"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../gui/school/signin.py" line="27"/>
        <source>Please type your PIN:</source>
        <translation>请输入您的 PIN 码：</translation>
    </message>
    <message>
        <location filename="../gui/school/signin.py" line="32"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../gui/school/signin.py" line="37"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../gui/school/signin.py" line="39"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../gui/school/signin.py" line="55"/>
        <source>%1, welcome</source>
        <translation>%1 老师，欢迎</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <location filename="../gui/school/station.py" line="33"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="35"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="43"/>
        <source>Sync station — %1</source>
        <translation>同步站 — %1</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="45"/>
        <source>Trainer&apos;s drive: %1</source>
        <translation>送培 U 盘：%1</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="50"/>
        <source>This computer: %1 · key fingerprint %2 (the county asks for it before approving this computer)</source>
        <translation>本机：%1 · 密钥指纹 %2（县里批准本机前会询问）</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="62"/>
        <source>The fingerprint matches: trust this county key</source>
        <translation>指纹一致：信任此县级密钥</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="75"/>
        <source>Sync now</source>
        <translation>开始同步</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="79"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="114"/>
        <source>County key: %1 (fingerprint %2).</source>
        <translation>县级密钥：%1（指纹 %2）。</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="123"/>
        <source>The drive carries the county key “%1”, fingerprint %2. Before trusting it, read the fingerprint to the county office on the phone and make sure it matches.</source>
        <translation>U 盘上有县级密钥“%1”，指纹 %2。信任之前，请打电话给县里，把指纹念给对方核对，确认一致。</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="134"/>
        <source>No county key on this computer or on the drive: records cannot be sent yet. At the county office, have the county&apos;s mail (with its public key) written onto this drive, then plug it in here again.</source>
        <translation>本机和 U 盘上都没有县级密钥：暂时不能发送记录。请在县教育局把县级邮件（含公钥）写到这个 U 盘上，再插回本机。</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="192"/>
        <source>Installing content: %p%, %1 MB/s, about %2 left</source>
        <translation>正在安装内容：%p%，%1 MB/秒，约剩 %2</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="141"/>
        <source>Records to send to the county: %1.</source>
        <translation>待发送给县里的记录：%1 条。</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="143"/>
        <source>The county has confirmed every record.</source>
        <translation>县级已确认全部记录。</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="146"/>
        <source>A county receipt for this computer is on the drive.</source>
        <translation>U 盘上有本机的县级回执。</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="148"/>
        <source>No county receipt for this computer.</source>
        <translation>U 盘上没有本机的县级回执。</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="150"/>
        <source>Content packs on the drive: %1.</source>
        <translation>U 盘上的内容包：%1 个。</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="198"/>
        <source>Installing content: %p%</source>
        <translation>正在安装内容：%p%</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="208"/>
        <source>Content pack “%1” version %2 was already installed.</source>
        <translation>内容包《%1》第 %2 版已经安装过了。</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="210"/>
        <source>Installed the content pack “%1”, version %2.</source>
        <translation>已安装内容包《%1》第 %2 版。</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="217"/>
        <source>The county approved this laptop&apos;s own history since its disk was copied: it is now the laptop %1. The earlier record and key are kept in %2.</source>
        <translation>县里已批准这台电脑在磁盘被复制之后的记录历史：它现在是电脑 %1。原先的学习记录和密钥保存在 %2。</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="228"/>
        <source>The county holds another history under this laptop&apos;s name (its disk was probably copied to another laptop). Nothing is confirmed; the county keeps these records until it has resolved this.</source>
        <translation>县级以本机名义保存着另一份记录历史（本机磁盘可能被复制到了另一台电脑）。本次没有确认任何记录；县级会保留本机的这些记录，直到处理完毕。</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="237"/>
        <source>The county now holds records only up to %1; this export sends the others again.</source>
        <translation>县级现只保存到第 %1 条记录；本次导出会重新发送其余记录。</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="246"/>
        <source>County confirmed (县级已确认): records up to %1.</source>
        <translation>县级已确认：已收到至第 %1 条的记录。</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="256"/>
        <source>Wrote records %1–%2 to the drive, encrypted for the county and checked.</source>
        <translation>已把第 %1–%2 条记录写入 U 盘，已为县级加密并校验。</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="264"/>
        <source>The drive already carries these records.</source>
        <translation>U 盘上已有这些记录。</translation>
    </message>
    <message>
        <location filename="../gui/school/station.py" line="266"/>
        <source>Nothing new to send.</source>
        <translation>没有需要发送的新记录。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../gui/county/unlock.py" line="40"/>
        <source>Open the county hub</source>
        <translation>打开县级数据库</translation>
    </message>
    <message>
        <location filename="../gui/county/unlock.py" line="42"/>
        <source>Unlock the county key</source>
        <translation>解锁县级密钥</translation>
    </message>
    <message>
        <location filename="../gui/county/unlock.py" line="46"/>
        <source>The county key decrypts the laptops&apos; records and signs the county&apos;s mail. Type its passphrase.</source>
        <translation>县级密钥用于解密各电脑的记录，并为县里的回执签名。请输入它的口令。</translation>
    </message>
    <message>
        <location filename="../gui/county/unlock.py" line="56"/>
        <source>Another key file…</source>
        <translation>其他密钥文件…</translation>
    </message>
    <message>
        <location filename="../gui/county/unlock.py" line="66"/>
        <source>Hub:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../gui/county/unlock.py" line="67"/>
        <source>Key file:</source>
        <translation>密钥文件：</translation>
    </message>
    <message>
        <location filename="../gui/county/unlock.py" line="68"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../gui/county/unlock.py" line="69"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../gui/county/unlock.py" line="81"/>
        <source>Choose the county key file</source>
        <translation>选择县级密钥文件</translation>
    </message>
    <message>
        <location filename="../gui/county/unlock.py" line="83"/>
        <source>Key files (*.key);;All files (*)</source>
        <translation>密钥文件 (*.key);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../gui/county/unlock.py" line="94"/>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <location filename="../gui/county/unlock.py" line="108"/>
        <source>Please try again.</source>
        <translation>请再试一次。</translation>
    </message>
</context>
<context>
    <name>_SlotEditor</name>
    <message>
        <location filename="../gui/school/evidence.py" line="51"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="51"/>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="57"/>
        <source>Type here, or attach a file below</source>
        <translation>在此输入，或在下方附加文件</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="62"/>
        <source>Allowed files: %1; at most %2.</source>
        <translation>允许的文件：%1；最大 %2。</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="63"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="71"/>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="72"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="74"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="88"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="90"/>
        <source>(nothing)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="91"/>
        <source>Submitted: %1</source>
        <translation>已提交：%1</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="104"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../gui/school/evidence.py" line="106"/>
        <source>Allowed files (%1)</source>
        <translation>允许的文件 (%1)</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../cli/__init__.py" line="29"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="30"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="31"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="32"/>
        <source>show this help message and exit</source>
        <translation>显示本帮助并退出</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="33"/>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序的版本号并退出</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="34"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="35"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="36"/>
        <source>expected one argument</source>
        <translation>需要一个参数值</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="37"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="38"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="39"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="40"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../cli/__init__.py" line="68"/>
        <location filename="../cli/keys.py" line="36"/>
        <location filename="../cli/packs.py" line="60"/>
        <source>DIR</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="69"/>
        <source>data folder (default: this user&apos;s Songpei folder)</source>
        <translation>数据文件夹（默认：当前用户的送培文件夹）</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="75"/>
        <source>language: zh_CN (default) or en</source>
        <translation>界面语言：zh_CN（默认）或 en</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="62"/>
        <source>draw without the graphics driver (old laptops)</source>
        <translation>不使用显卡驱动绘图（用于旧电脑）</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="52"/>
        <source>Songpei: offline training kit for the teacher IT-ability programme. Without a command, the desktop app starts.</source>
        <translation>送培：教师信息技术应用能力提升工程的离线培训工具。不带命令时启动桌面程序。</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="80"/>
        <location filename="../cli/certificate.py" line="38"/>
        <location filename="../cli/certificate.py" line="78"/>
        <location filename="../cli/hub.py" line="39"/>
        <location filename="../cli/keys.py" line="27"/>
        <location filename="../cli/keys.py" line="73"/>
        <location filename="../cli/packs.py" line="27"/>
        <location filename="../cli/projects.py" line="34"/>
        <location filename="../cli/projects.py" line="68"/>
        <location filename="../cli/projects.py" line="80"/>
        <location filename="../cli/questions.py" line="21"/>
        <source>COMMAND</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../cli/start.py" line="19"/>
        <source>start the desktop app</source>
        <translation>启动桌面程序</translation>
    </message>
    <message>
        <location filename="../cli/start.py" line="25"/>
        <source>start the app on a demo profile (its own data folder)</source>
        <translation>以演示数据启动程序（使用单独的数据文件夹）</translation>
    </message>
    <message>
        <location filename="../cli/start.py" line="28"/>
        <source>start the demo afresh</source>
        <translation>重新生成演示数据</translation>
    </message>
    <message>
        <location filename="../cli/start.py" line="34"/>
        <source>the county office&apos;s window on a demo county (built once)</source>
        <translation>在演示县上打开县级管理窗口（只生成一次）</translation>
    </message>
    <message>
        <location filename="../cli/start.py" line="40"/>
        <source>open the county office window on a county hub</source>
        <translation>在县级数据库上打开县级管理窗口</translation>
    </message>
    <message>
        <location filename="../cli/start.py" line="50"/>
        <source>check that this computer can run Songpei; names the fix for each problem</source>
        <translation>检查本机能否运行送培，并给出每个问题的解决办法</translation>
    </message>
    <message>
        <location filename="../cli/start.py" line="57"/>
        <source>check this copy of Songpei end to end, without a screen (also --self-test)</source>
        <translation>无需屏幕，从头到尾检查这份送培能否正常工作（也可写作 --self-test）</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="29"/>
        <source>write realistic learning events (for tests and demos)</source>
        <translation>写入模拟的学习事件（用于测试和演示）</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="32"/>
        <source>number of teachers</source>
        <translation>教师人数</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="35"/>
        <source>number of days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="38"/>
        <source>random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="45"/>
        <source>first simulated day</source>
        <translation>模拟的第一天</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="50"/>
        <source>print a line after every committed write</source>
        <translation>每次写入完成后输出一行</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="55"/>
        <source>also write into a journal that holds real records</source>
        <translation>也写入已有真实记录的学习记录库</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="61"/>
        <source>check the learning record: file integrity and hash chain</source>
        <translation>检查学习记录：文件完整性和哈希链</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="112"/>
        <source>whose PIN is given: the teacher&apos;s own (the default) or a school-team member&apos;s</source>
        <translation>该 PIN 属于谁：教师本人（默认）或信息化管理团队成员</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="136"/>
        <source>whose PIN is given: a school-team member&apos;s (the first member gives their own)</source>
        <translation>该 PIN 属于谁：信息化管理团队成员（第一位成员给出自己的 PIN）</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="151"/>
        <source>read the PIN from this file (for scripts)</source>
        <translation>从此文件读取 PIN（用于脚本）</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="162"/>
        <source>PIN: </source>
        <translation>PIN：</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="184"/>
        <source>committed up to event %1</source>
        <translation>已写入至第 %1 条事件</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="198"/>
        <source>Simulated %1 teachers: %2 events written, %3 already present; the journal ends at event %4.</source>
        <translation>已模拟 %1 位教师：写入 %2 条事件，%3 条已存在；日志共 %4 条事件。</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="220"/>
        <source>event %1: %2</source>
        <translation>第 %1 条事件：%2</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="221"/>
        <source>The learning record has %1 problems.</source>
        <translation>学习记录有 %1 处问题。</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="225"/>
        <source>The learning record is intact: %1 events, hash chain unbroken.</source>
        <translation>学习记录完好：%1 条事件，哈希链完整。</translation>
    </message>
    <message>
        <location filename="../cli/questions.py" line="20"/>
        <source>question banks</source>
        <translation>题库</translation>
    </message>
    <message>
        <location filename="../cli/questions.py" line="26"/>
        <source>show what a Moodle XML or GIFT file would import, and every question that cannot be</source>
        <translation>显示 Moodle XML 或 GIFT 文件中可导入的题目，以及每一道不能导入的题目</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="127"/>
        <location filename="../cli/hub.py" line="154"/>
        <location filename="../cli/keys.py" line="92"/>
        <location filename="../cli/laptop.py" line="150"/>
        <location filename="../cli/questions.py" line="31"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../cli/questions.py" line="42"/>
        <source>%1 (%2): %3 questions can be imported.</source>
        <translation>%1（%2）：可导入 %3 道题。</translation>
    </message>
    <message>
        <location filename="../cli/questions.py" line="50"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../cli/questions.py" line="55"/>
        <source>Broken (fix the file):</source>
        <translation>有错误（请修改文件）：</translation>
    </message>
    <message>
        <location filename="../cli/questions.py" line="56"/>
        <source>Not supported (left out):</source>
        <translation>暂不支持（未导入）：</translation>
    </message>
    <message>
        <location filename="../cli/questions.py" line="57"/>
        <source>Not questions (skipped):</source>
        <translation>不是题目（已跳过）：</translation>
    </message>
    <message>
        <location filename="../cli/questions.py" line="67"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../cli/questions.py" line="68"/>
        <source>line %1, “%2”: %3</source>
        <translation>第 %1 行“%2”：%3</translation>
    </message>
    <message>
        <location filename="../cli/keys.py" line="93"/>
        <source>read the passphrase from this file (for scripts)</source>
        <translation>从此文件读取口令（供脚本使用）</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="26"/>
        <source>content packs: build, verify, install</source>
        <translation>内容包：生成、校验、安装</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="32"/>
        <source>build a signed pack from an author folder (pack.toml) or a courseware folder</source>
        <translation>从作者文件夹（含 pack.toml）或课件文件夹生成已签名的内容包</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="41"/>
        <source>author folder holding pack.toml and its files</source>
        <translation>存放 pack.toml 及其文件的作者文件夹</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="47"/>
        <source>an old courseware CD or folder: one lesson per video or document</source>
        <translation>旧的课件光盘或文件夹：每个视频或文档作为一个课时</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="54"/>
        <source>the publisher&apos;s private key file</source>
        <translation>发布方的私钥文件</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="61"/>
        <source>folder to write the .songpack folder into</source>
        <translation>存放生成的 .songpack 文件夹的位置</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="67"/>
        <source>pack id (with --from-folder), e.g. yuechi-cd-2014</source>
        <translation>内容包编号（配合 --from-folder 使用），如 yuechi-cd-2014</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="69"/>
        <source>pack title (with --from-folder)</source>
        <translation>内容包标题（配合 --from-folder 使用）</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="76"/>
        <source>pack version (with --from-folder; default 1)</source>
        <translation>内容包版本（配合 --from-folder 使用；默认 1）</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="82"/>
        <source>programme rules (with --from-folder; default national-2.0)</source>
        <translation>项目规则（配合 --from-folder 使用；默认 national-2.0）</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="89"/>
        <source>check a pack&apos;s signature, its list of files and every file&apos;s hash</source>
        <translation>检查内容包的签名、文件清单以及每个文件的哈希值</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="98"/>
        <source>the publisher&apos;s public key (may be given more than once)</source>
        <translation>发布方的公钥（可指定多次）</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="105"/>
        <source>install packs on this laptop from a .songpack folder or a trainer&apos;s drive</source>
        <translation>从 .songpack 文件夹或送培 U 盘把内容包安装到本机</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="131"/>
        <source>%1 %  %2 MB/s  about %3 left</source>
        <translation>%1%  %2 MB/s  约剩 %3</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="145"/>
        <source>? s</source>
        <translation>? 秒</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="148"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="150"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="151"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="160"/>
        <source>Give either SRC_DIR or --from-folder CD_DIR.</source>
        <translation>请指定 SRC_DIR 或 --from-folder CD_DIR（二者选一）。</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="163"/>
        <source>--from-folder needs --id and --title.</source>
        <translation>使用 --from-folder 时必须同时指定 --id 和 --title。</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="188"/>
        <source>Built %1: pack %2 version %3, %4 courses, %5 lessons, %6 files, %7.</source>
        <translation>已生成 %1：内容包 %2，版本 %3，%4 门课程，%5 个课时，%6 个文件，%7。</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="201"/>
        <source>Left out, because their length cannot be read (try playing them in VLC; convert those that do not play):</source>
        <translation>以下文件无法读取时长，未收录（可先用 VLC 试播，不能播放的请转换格式）：</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="209"/>
        <source>The length of these videos cannot be read; give duration_s in pack.toml or convert them:</source>
        <translation>无法读取以下视频的时长；请在 pack.toml 中填写 duration_s，或转换其格式：</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="219"/>
        <source>(the video component libvlc could not be loaded: %1)</source>
        <translation>（无法加载视频组件 libvlc：%1）</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="226"/>
        <source>Left out:</source>
        <translation>未收录：</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="228"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="249"/>
        <source>%1 is intact: pack %2 version %3 (%4), signed by %5; %6 files, %7, every size and hash checked.</source>
        <translation>%1 完好：内容包 %2，版本 %3（%4），由 %5 签名；%6 个文件，%7，每个文件的大小和哈希值均已核对。</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="274"/>
        <source>No content pack found in %1 (looked for a .songpack folder and for songpei/packs/ on a drive).</source>
        <translation>在 %1 中没有找到内容包（已查找 .songpack 文件夹和 U 盘上的 songpei/packs/）。</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="305"/>
        <source>%1 version %2 is already installed; nothing copied.</source>
        <translation>%1 版本 %2 已经安装，没有复制任何文件。</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="312"/>
        <source>Installed %1 version %2 (%3): %4 courses, %5 lessons; %6 copied in %7.</source>
        <translation>已安装 %1 版本 %2（%3）：%4 门课程，%5 个课时；复制了 %6，用时 %7。</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="323"/>
        <source>Continued an earlier copy: %1 were already there.</source>
        <translation>接着上次的复制继续：已有 %1 无需重复复制。</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="327"/>
        <source>It replaces version %1.</source>
        <translation>已替换版本 %1。</translation>
    </message>
    <message>
        <location filename="../cli/packs.py" line="329"/>
        <source>The damaged installed copy was replaced.</source>
        <translation>已替换原先安装的损坏副本。</translation>
    </message>
    <message>
        <location filename="../cli/keys.py" line="26"/>
        <source>make key pairs for publishers, the county and trainers</source>
        <translation>为发布方、县级和送培教师生成密钥对</translation>
    </message>
    <message>
        <location filename="../cli/keys.py" line="29"/>
        <source>make a new key pair</source>
        <translation>生成新的密钥对</translation>
    </message>
    <message>
        <location filename="../cli/keys.py" line="37"/>
        <source>folder for ROLE.key (private, passphrase-protected) and ROLE.pub (public)</source>
        <translation>存放 ROLE.key（私钥，口令保护）和 ROLE.pub（公钥）的文件夹</translation>
    </message>
    <message>
        <location filename="../cli/keys.py" line="41"/>
        <source>who holds the key</source>
        <translation>密钥持有者</translation>
    </message>
    <message>
        <location filename="../cli/keys.py" line="46"/>
        <source>let laptops move from an old key to a new one (signed by the old key)</source>
        <translation>让各台电脑从旧密钥过渡到新密钥（由旧密钥签名）</translation>
    </message>
    <message>
        <location filename="../cli/keys.py" line="57"/>
        <source>a county-signed list of keys laptops must stop trusting</source>
        <translation>由县级签名、各台电脑必须停止信任的密钥列表</translation>
    </message>
    <message>
        <location filename="../cli/keys.py" line="65"/>
        <source>list number; each new list needs a higher one</source>
        <translation>列表编号；每份新列表的编号必须更大</translation>
    </message>
    <message>
        <location filename="../cli/keys.py" line="72"/>
        <source>the keys this laptop trusts</source>
        <translation>本机信任的密钥</translation>
    </message>
    <message>
        <location filename="../cli/keys.py" line="81"/>
        <source>list trusted keys</source>
        <translation>列出受信任的密钥</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="70"/>
        <source>write what the county has not yet confirmed to the trainer&apos;s drive</source>
        <translation>把县级尚未确认的记录写入送培 U 盘</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="87"/>
        <location filename="../cli/laptop.py" line="72"/>
        <location filename="../cli/laptop.py" line="80"/>
        <source>DRIVE</source>
        <translation>U 盘</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="77"/>
        <source>apply the county&apos;s receipts from the trainer&apos;s drive</source>
        <translation>从送培 U 盘读取并应用县级回执</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="38"/>
        <source>the county hub</source>
        <translation>县级数据库</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="42"/>
        <source>create a county hub</source>
        <translation>创建县级数据库</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="50"/>
        <source>import bundles from files, folders or whole drives</source>
        <translation>从文件、文件夹或整个 U 盘导入同步包</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="53"/>
        <location filename="../cli/packs.py" line="109"/>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../cli/keys.py" line="77"/>
        <source>trust a public key, or apply a key rotation or revocation file</source>
        <translation>信任一个公钥，或采用密钥更替文件、吊销列表</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="58"/>
        <source>county key file (default: the one given at init)</source>
        <translation>县级密钥文件（默认：创建时指定的文件）</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="64"/>
        <source>enrol a waiting laptop and import its bundles</source>
        <translation>登记一台待批准的电脑并导入它的同步包</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="73"/>
        <source>approve a held second history of a laptop (a copied disk) as a laptop of its own</source>
        <translation>将暂存的某台电脑的另一份记录历史（磁盘被复制）批准为一台独立的电脑</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="79"/>
        <source>QUARANTINE_ID</source>
        <translation>隔离编号</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="84"/>
        <source>write signed receipts for the laptops to the trainer&apos;s drive</source>
        <translation>把签名回执写入送培 U 盘，带给各台电脑</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="93"/>
        <source>accept a trainer&apos;s signature on attendance</source>
        <translation>认可某位送培教师在签到上的签名</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="101"/>
        <source>trust a content publisher&apos;s key at the hub</source>
        <translation>在县级数据库中信任内容发布方的密钥</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="109"/>
        <source>give the hub a published pack, so hours are capped as on the laptops</source>
        <translation>把已发布的内容包交给县级数据库，使学时按与各台电脑相同的上限计算</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="132"/>
        <source>with --format pdf: the figures of this year, against its targets (default: the latest year in the targets)</source>
        <translation>与 --format pdf 同用：该年度的数据及其目标（默认：目标表中最近的年份）</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="149"/>
        <source>with --format xapi: also send the statements to this learning record store</source>
        <translation>与 --format xapi 一起使用：同时把语句发送到这个学习记录存储（LRS）</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="153"/>
        <source>USER</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="119"/>
        <source>export every teacher&apos;s hours in the platform&apos;s template (CSV or Excel), the county report (PDF) or xAPI statements</source>
        <translation>导出：按平台模板的每位教师学时（CSV 或 Excel）、县级进展报告（PDF）或 xAPI 语句</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="142"/>
        <source>with csv or xlsx: the platform&apos;s column template (default: the built-in one)</source>
        <translation>与 csv 或 xlsx 同用：平台的列模板（默认：内置模板）</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="159"/>
        <source>load the targets table (专任教师总数 and yearly targets per district) from CSV or Excel (.xlsx)</source>
        <translation>从 CSV 或 Excel（.xlsx）载入目标表（各区县专任教师总数和年度目标）</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="171"/>
        <source>who is behind: finished teachers against each district&apos;s target</source>
        <translation>谁落后了：各区县已结业教师与年度目标对比</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="179"/>
        <source>list laptops: enrolled, waiting for approval, revoked</source>
        <translation>列出电脑：已登记、待批准、已吊销</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="186"/>
        <source>整校推进: each school&apos;s development plan and school-based training plan, when they arrived and the county&apos;s rating</source>
        <translation>整校推进：各校的信息化发展规划和校本研修方案，何时送达，县级评定</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="194"/>
        <source>one school only</source>
        <translation>只列这一所学校</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="206"/>
        <source>FOLDER</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../cli/keys.py" line="105"/>
        <source>Passphrase: </source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../cli/keys.py" line="106"/>
        <source>Passphrase again: </source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <location filename="../cli/keys.py" line="107"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../cli/keys.py" line="128"/>
        <source>Made key %1 (fingerprint %2): private key %3 (passphrase-protected), public key %4.</source>
        <translation>已生成密钥 %1（指纹 %2）：私钥 %3（口令保护），公钥 %4。</translation>
    </message>
    <message>
        <location filename="../cli/keys.py" line="153"/>
        <source>Wrote %1: laptops that trust %2 will also trust %3.</source>
        <translation>已写入 %1：信任 %2 的电脑也将信任 %3。</translation>
    </message>
    <message>
        <location filename="../cli/keys.py" line="175"/>
        <source>Wrote revocation list %1 (number %2): %3 keys.</source>
        <translation>已写入吊销列表 %1（编号 %2）：%3 个密钥。</translation>
    </message>
    <message>
        <location filename="../cli/keys.py" line="197"/>
        <source>Applied %1: %2 keys trusted, %3 revoked.</source>
        <translation>已采用 %1：%2 个受信任的密钥，%3 个已吊销。</translation>
    </message>
    <message>
        <location filename="../cli/keys.py" line="209"/>
        <source>Now trusting %1 key %2 (%3), fingerprint %4.</source>
        <translation>已信任%1密钥 %2（%3），指纹 %4。</translation>
    </message>
    <message>
        <location filename="../cli/keys.py" line="223"/>
        <source>No keys are trusted yet.</source>
        <translation>尚未信任任何密钥。</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="238"/>
        <source>Nothing new to export: the county has confirmed every event.</source>
        <translation>没有需要导出的新记录：县级已确认全部事件。</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="242"/>
        <source>The drive already holds events %1–%2 of this laptop; nothing written.</source>
        <translation>U 盘上已有本机第 %1–%2 条事件，无需写入。</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="252"/>
        <source>Exported events %1–%2 to %3 (encrypted for the county, checked after writing).</source>
        <translation>已把第 %1–%2 条事件导出到 %3（已为县级加密，写入后已校验）。</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="284"/>
        <source>No receipt for this laptop on the drive.</source>
        <translation>U 盘上没有本机的回执。</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="307"/>
        <source>County confirmed: events up to %1 received.</source>
        <translation>县级已确认：已收到至第 %1 条的事件。</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="200"/>
        <source>build a 2.0 demo county (2019–2023): a hub over simulated school laptops in the Guang&apos;an districts</source>
        <translation>建立提升工程 2.0 演示县（2019–2023 年）：由广安各区县模拟学校电脑数据汇成的县级数据中心</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="212"/>
        <source>size against the demo&apos;s targets table (1: about 32,000 teachers, built in about an hour; by default about 100, in seconds)</source>
        <translation>相对演示目标表的规模（1 为约 32,000 名教师，生成约需一小时；默认约 100 名，几秒即成）</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="236"/>
        <source>Created county hub %1 for key %2.</source>
        <translation>已为密钥 %2 创建县级数据库 %1。</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="248"/>
        <source>%1 %2: imported, %3 new events, %4 already here</source>
        <translation>%1 %2：已导入，新增 %3 条事件，%4 条已存在</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="255"/>
        <source>%1 %2: already imported, nothing added</source>
        <translation>%1 %2：此前已导入，未新增</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="258"/>
        <source>%1 %2: still waiting for the device to be approved</source>
        <translation>%1 %2：仍在等待批准这台电脑</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="262"/>
        <source>%1 %2: held in quarantine: %3</source>
        <translation>%1 %2：已隔离：%3</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="269"/>
        <source>%1 %2: refused: %3</source>
        <translation>%1 %2：已拒绝：%3</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="276"/>
        <source>(quarantine item %1: songpei hub approve-fork HUB %1)</source>
        <translation>（隔离记录 %1：songpei hub approve-fork HUB %1）</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="281"/>
        <source>(%1 conflicting events held in quarantine)</source>
        <translation>（%1 条冲突事件已隔离）</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="284"/>
        <source>[flags: %1]</source>
        <translation>［标记：%1］</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="288"/>
        <source>No bundles found.</source>
        <translation>没有找到同步包。</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="293"/>
        <source>bundles imported: %1 of %2</source>
        <translation>已导入数据包：%1 / %2</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="308"/>
        <source>Approved: the laptop holding this history takes on a new identity when it applies the next receipts for %1 (songpei hub mail); its records are imported from its next bundle. The other laptop is unaffected.</source>
        <translation>已批准：持有这份记录历史的电脑在应用 %1 的下一份回执时（songpei hub mail）启用新身份；它的记录将从其下一个同步包导入。另一台电脑不受影响。</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="325"/>
        <source>Wrote %1 receipts to the drive.</source>
        <translation>已向 U 盘写入 %1 份回执。</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="335"/>
        <source>Attendance signed by trainer %1 (%2) is now accepted.</source>
        <translation>已认可送培教师 %1（%2）签名的签到。</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="349"/>
        <source>The hub now trusts publisher %1 (%2).</source>
        <translation>县级数据库已信任发布方 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="365"/>
        <source>The hub now counts hours with %1 version %2.</source>
        <translation>县级数据库现按《%1》第 %2 版计算学时。</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="399"/>
        <source>Wrote %1: %2 teachers, %3 of them have met the requirements.</source>
        <translation>已写入 %1：共 %2 位教师，其中 %3 位已达到要求。</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="416"/>
        <source>Wrote %1 xAPI statements to %2.</source>
        <translation>已把 %1 条 xAPI 语句写入 %2。</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="423"/>
        <source>statements sent to the LRS: %1 of %2</source>
        <translation>已向 LRS 发送语句：%1 / %2</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="427"/>
        <source>Sent %1 statements to the LRS in %2 batches (%3 of them it held already, never stored twice; %4 retries).</source>
        <translation>已分 %2 批向 LRS 发送 %1 条语句（其中 %3 条已存在，不会重复存储；重试 %4 次）。</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="448"/>
        <source>The scale must be above 0 and at most 1.5.</source>
        <translation>规模须大于 0，且不超过 1.5。</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="453"/>
        <source>Building the demo county in %1 …</source>
        <translation>正在 %1 中建立演示县……</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="457"/>
        <location filename="../cli/hub.py" line="506"/>
        <location filename="../cli/hub.py" line="507"/>
        <source>laptop %1 of %2</source>
        <translation>第 %1 台电脑，共 %2 台</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="467"/>
        <source>Built in %1 minutes.</source>
        <translation>用时 %1 分钟。</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="474"/>
        <source>Demo county: %1 laptops, %2 teachers. County key %3 (passphrase in %4).</source>
        <translation>演示县：%1 台电脑，%2 名教师。县级密钥 %3（口令见 %4）。</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="491"/>
        <source>Making the county&apos;s keys and the demo content pack …</source>
        <translation>正在生成县级密钥和演示内容包……</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="492"/>
        <source>Simulating the school laptops: teachers enrol, study and export their bundles …</source>
        <translation>正在模拟各校电脑：教师注册、学习并导出数据包……</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="495"/>
        <source>The county imports the laptops&apos; bundles …</source>
        <translation>县级正在导入各电脑的数据包……</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="496"/>
        <source>The county decides on practice evidence (学时认定) …</source>
        <translation>县级正在认定实践成果学时……</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="497"/>
        <source>Receipts go back to the laptops …</source>
        <translation>正在把回执送回各电脑……</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="504"/>
        <source>bundle %1 of %2</source>
        <translation>第 %1 个数据包，共 %2 个</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="505"/>
        <source>submission %1 of %2</source>
        <translation>第 %1 份实践成果，共 %2 份</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="520"/>
        <source>Loaded targets for %1 districts (%2).</source>
        <translation>已读入 %1 个区县的目标（%2 年）。</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="542"/>
        <source>District | teachers | target %1 | taking part | participation | pass rate | completion | finished in %1 | behind</source>
        <translation>区县 | 专任教师总数 | %1 年目标 | 参训 | 参训率 | 合格率 | 结业率 | %1 年结业 | 尚差人数</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="551"/>
        <source>County total</source>
        <translation>全县合计</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="551"/>
        <source>City total</source>
        <translation>全市合计</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="556"/>
        <source>(school not matched to a district)</source>
        <translation>（学校未归属区县）</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="591"/>
        <source>No laptops have sent anything yet.</source>
        <translation>还没有任何电脑发来记录。</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="602"/>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="602"/>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="608"/>
        <source>not arrived</source>
        <translation>尚未收到</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="619"/>
        <source>%1 (replaced)</source>
        <translation>%1（已被新版本取代）</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="623"/>
        <source>not rated yet</source>
        <translation>尚未评定</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="630"/>
        <source>No school has sent its plans yet, and no teacher is enrolled.</source>
        <translation>还没有学校送来规划与方案，也没有已注册的教师。</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="633"/>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="634"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="635"/>
        <source>Filed</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="636"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="637"/>
        <source>Laptop</source>
        <translation>电脑</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="638"/>
        <source>County</source>
        <translation>县级评定</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="639"/>
        <source>Rated by, when, comment</source>
        <translation>评定人、时间、意见</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="90"/>
        <source>list this laptop&apos;s teachers: Songpei id (for transcript and school-team), name, ID card number (masked), school and hours</source>
        <translation>列出本机的教师：送培编号（transcript 和 school-team 要用）、姓名、身份证号（部分隐藏）、学校和学时</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="99"/>
        <source>write a teacher&apos;s transcript (hours, self-tests, ability points) as a PDF</source>
        <translation>将教师的学时证明（学时、自测、能力点）生成为 PDF</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="107"/>
        <location filename="../cli/laptop.py" line="127"/>
        <source>the teacher&apos;s Songpei id (t-…) or ID card number</source>
        <translation>教师的送培编号（t-…）或身份证号</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="121"/>
        <source>add a teacher to the school team, who rate colleagues&apos; evidence</source>
        <translation>把教师加入信息化管理团队，负责考核同事的成果</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="132"/>
        <source>take the teacher off the school team</source>
        <translation>将该教师移出信息化管理团队</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="273"/>
        <source>The county approved this laptop&apos;s own history since its disk was copied: it is now the laptop %1. Its records since the copy go to the county under that name at the next export; the earlier record and key are kept in %2.</source>
        <translation>县里已批准这台电脑在磁盘被复制之后的记录历史：它现在是电脑 %1。复制之后的记录将在下次导出时以这个名称送往县里；原先的学习记录和密钥保存在 %2。</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="287"/>
        <source>The county holds another history under this laptop&apos;s name (its disk was probably copied to another laptop). Nothing is confirmed: keep exporting; the county keeps these records until it has resolved this.</source>
        <translation>县级以本机名义保存着另一份记录历史（本机磁盘可能被复制到了另一台电脑）。本次没有确认任何记录：请照常导出；县级会保留本机的这些记录，直到处理完毕。</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="297"/>
        <source>The county now holds events only up to %1 (restored from an older copy); the next export sends the other %2 again.</source>
        <translation>县级现只保存到第 %1 条记录（从较早的备份恢复）；下次导出会重新发送其余 %2 条。</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="332"/>
        <source>No teacher is enrolled on this laptop yet: teachers enrol themselves in the app (“Enrol a new teacher”).</source>
        <translation>本机还没有注册的教师：教师在送培程序中点“注册新教师”自行注册。</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="340"/>
        <source>Songpei id</source>
        <translation>送培编号</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="344"/>
        <source>Hours (goal %1)</source>
        <translation>学时（目标%1）</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="360"/>
        <source>Transcript written to %1 (verification code %2).</source>
        <translation>学时证明已写入 %1（校验码 %2）。</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="375"/>
        <source>%1 is now on the school team.</source>
        <translation>%1 已加入信息化管理团队。</translation>
    </message>
    <message>
        <location filename="../cli/laptop.py" line="377"/>
        <source>%1 is no longer on the school team.</source>
        <translation>%1 已不再是信息化管理团队成员。</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="37"/>
        <source>check a certificate (结业证书 / 学时证明)</source>
        <translation>核验证书（结业证书 / 学时证明）</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="42"/>
        <source>check a certificate offline: its PDF, a photo or scan of its QR code, or its number (with --hub)</source>
        <translation>离线核验证书：证书 PDF、二维码的照片或扫描件，或证书编号（需 --hub）</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="48"/>
        <source>FILE|NUMBER</source>
        <translation>文件|编号</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="55"/>
        <source>the county&apos;s public key (may be given more than once; default: the county keys this computer trusts, or the hub&apos;s)</source>
        <translation>县级公钥（可多次给出；默认：本机信任的县级密钥，或县级平台的密钥）</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="65"/>
        <source>the county hub whose register a typed number is looked up in</source>
        <translation>在其发证登记中查找所输编号的县级平台</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="76"/>
        <source>issue certificates and list the register</source>
        <translation>发放证书、列出发证登记</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="83"/>
        <source>issue a teacher&apos;s certificate (结业证书 when the requirements are met, else 学时证明) as a PDF</source>
        <translation>为教师发放证书 PDF（达到要求发结业证书，否则发学时证明）</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="90"/>
        <location filename="../cli/projects.py" line="99"/>
        <source>ID_NUMBER</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="94"/>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="95"/>
        <source>the officer who reviewed the hours (审核人)</source>
        <translation>审核学时的审核人</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="101"/>
        <source>every certificate the hub issued</source>
        <translation>县级平台发过的全部证书</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="127"/>
        <source>Issued certificate %1 to %2 (%3 hours); written to %4.</source>
        <translation>已向 %2 发放证书 %1（%3 学时），已写入 %4。</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="129"/>
        <source>Certificate %1 of %2 (%3 hours) was issued before with these hours: the same certificate is written to %4.</source>
        <translation>%2 的证书 %1（%3 学时）此前已按相同学时发放：同一证书已写入 %4。</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="154"/>
        <source>%1 hours</source>
        <translation>%1 学时</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="156"/>
        <source>(superseded by a later one)</source>
        <translation>（已被后发的证书取代）</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="161"/>
        <source>The hub has issued no certificates yet.</source>
        <translation>县级平台尚未发放任何证书。</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="176"/>
        <source>NOT CHECKED: %1 is a well-formed certificate number (its check digits match), but a number alone cannot be checked offline. Give the certificate&apos;s PDF or a photo of its QR code, or look the number up in the county&apos;s register with --hub HUB.db.</source>
        <translation>未核验：%1 是格式正确的证书编号（校验位相符），但仅凭编号无法离线核验。请提供证书 PDF 或其二维码的照片，或用 --hub HUB.db 在县级发证登记中查询。</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="196"/>
        <source>Checked: the number is in the register of hub %1, and the county&apos;s signature over the register&apos;s copy holds.</source>
        <translation>已核验：该编号在县级平台 %1 的发证登记中，登记副本上的县级签名有效。</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="206"/>
        <source>Note: a later certificate of the same teacher supersedes this one (more hours were recognised since).</source>
        <translation>注意：该教师后来又获发证书，取代了此证（此后又认定了更多学时）。</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="250"/>
        <source>Checked: the county&apos;s signature over the data in the QR code, offline. Compare the data above with what the paper says: only the signed data counts.</source>
        <translation>已离线核验二维码中数据的县级签名。请将以上数据与纸面内容对照：以签名数据为准。</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="262"/>
        <source>GENUINE: %1 number %2, issued by %3 on %4 (county key %5).</source>
        <translation>真证书：%1，编号 %2，由 %3 于 %4 发放（县级密钥 %5）。</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="270"/>
        <source>Teacher: %1, ID number %2</source>
        <translation>教师：%1，身份证号 %2</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="271"/>
        <source>Programme: %1 (%2)</source>
        <translation>项目：%1（%2 年）</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="272"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="275"/>
        <source>Hours: %1 (%2)</source>
        <translation>学时：%1（%2）</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="277"/>
        <source>Credits (学分): %1</source>
        <translation>学分：%1</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="279"/>
        <source>Reviewed by: %1</source>
        <translation>审核人：%1</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="284"/>
        <source>certificate of completion (结业证书)</source>
        <translation>结业证书</translation>
    </message>
    <message>
        <location filename="../cli/certificate.py" line="285"/>
        <source>certificate of hours (学时证明)</source>
        <translation>学时证明</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="22"/>
        <source>online</source>
        <translation>网络研修</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="23"/>
        <source>face-to-face</source>
        <translation>集中培训</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="24"/>
        <source>school-based</source>
        <translation>校本研修</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="25"/>
        <source>mixed</source>
        <translation>混合式</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="33"/>
        <source>the county&apos;s training projects of each year</source>
        <translation>县里每年的培训项目</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="35"/>
        <source>record a project</source>
        <translation>登记一个项目</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="38"/>
        <source>PROJECT_NAME</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="42"/>
        <source>PROVIDER</source>
        <translation>承训单位</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="43"/>
        <source>the training provider (承训单位)</source>
        <translation>承训单位</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="51"/>
        <source>online (网络研修), face-to-face (集中培训), school-based (校本研修) or mixed (混合式)</source>
        <translation>online（网络研修）、face-to-face（集中培训）、school-based（校本研修）或 mixed（混合式）</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="60"/>
        <source>the projects, with how many teachers each selected and enrolled</source>
        <translation>列出项目，以及各项目选送和已报到的教师人数</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="67"/>
        <source>the school roster (学校代码, 学校, 区县, 乡镇, 学段)</source>
        <translation>学校名册（学校代码、学校、区县、乡镇、学段）</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="72"/>
        <source>replace the school roster with the one in a CSV or Excel file</source>
        <translation>用 CSV 或 Excel 文件中的名册替换学校名册</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="79"/>
        <source>the teachers a project selected (姓名, 身份证号, 学校)</source>
        <translation>项目选送的教师（姓名、身份证号、学校）</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="84"/>
        <source>replace a project&apos;s selected teachers with those in a CSV or Excel file</source>
        <translation>用 CSV 或 Excel 文件中的名单替换某个项目的选送教师</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="89"/>
        <source>PROJECT</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="96"/>
        <source>excuse a teacher from the year&apos;s training (免训), with the reason</source>
        <translation>登记教师当年免训及其原因</translation>
    </message>
    <message>
        <location filename="../cli/hub.py" line="194"/>
        <location filename="../cli/projects.py" line="101"/>
        <source>SCHOOL</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="102"/>
        <source>REASON</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="113"/>
        <source>Recorded project %1: %2 (%3).</source>
        <translation>已登记项目 %1：%2（%3 年）。</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="123"/>
        <source>No projects recorded yet: songpei hub project add records one.</source>
        <translation>还没有登记项目：用 songpei hub project add 登记。</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="126"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="127"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="128"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="129"/>
        <source>Training provider</source>
        <translation>承训单位</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="130"/>
        <source>Dates</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="131"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="132"/>
        <source>Selected</source>
        <translation>选送</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="133"/>
        <source>Enrolled</source>
        <translation>已报到</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="155"/>
        <source>Loaded the roster: %1 schools in %2 districts.</source>
        <translation>已导入学校名册：%2 个区县的 %1 所学校。</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="174"/>
        <source>%1 (%2): %3 teachers selected, %4 of them enrolled on a laptop.</source>
        <translation>%1（%2 年）：选送 %3 位教师，其中 %4 位已在电脑上报到。</translation>
    </message>
    <message>
        <location filename="../cli/projects.py" line="192"/>
        <source>%1 is excused from the training of %2.</source>
        <translation>%1 已登记 %2 年免训。</translation>
    </message>
    <message>
        <location filename="../cli/hub_file.py" line="25"/>
        <source>Bringing county hub %1 up to date for this version of Songpei. This is done once; a hub of several years takes a minute or two…</source>
        <translation>正在把县级数据库 %1 升级为本版送培使用的格式。只需一次；存有几年记录的数据库约需一两分钟……</translation>
    </message>
</context>
</TS>
