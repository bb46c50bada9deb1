import { describe, expect, it } from 'vitest';
import { parseClipboardHtml } from './parseClipboardHtml.ts';

/** Excel 2013+ on Windows: mso styles, <col> tags, fragment markers, a wrapped multi-line cell, a colspan. */
const EXCEL_HTML = `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<link id=Main-File rel=Main-File
href="file:///C:/Users/sales/AppData/Local/Temp/msohtmlclip1/01/clip.htm">
<link rel=File-List
href="file:///C:/Users/sales/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">
<style>
<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
@page
	{margin:.75in .7in .75in .7in;
	mso-header-margin:.3in;
	mso-footer-margin:.3in;}
tr
	{mso-height-source:auto;
	mso-ruby-visibility:none;}
col
	{mso-width-source:auto;
	mso-ruby-visibility:none;}
br
	{mso-data-placement:same-cell;}
td
	{padding-top:1px;
	padding-right:1px;
	padding-left:1px;
	mso-ignore:padding;
	color:black;
	font-size:11.0pt;
	font-family:等线;
	mso-generic-font-family:auto;
	mso-font-charset:134;
	mso-number-format:General;
	text-align:general;
	vertical-align:middle;
	border:none;
	white-space:nowrap;
	mso-rotate:0;}
.xl65
	{mso-number-format:"yyyy\\/m\\/d\\;\\@";}
.xl66
	{white-space:normal;}
.xl67
	{mso-number-format:"\\0022¥\\0022\\#\\,\\#\\#0\\.00";}
.xl68
	{text-align:center;}
-->
</style>
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook>
  <x:ExcelWorksheets><x:ExcelWorksheet><x:Name>跟进表</x:Name></x:ExcelWorksheet></x:ExcelWorksheets>
 </x:ExcelWorkbook>
</xml><![endif]-->
</head>

<body link="#0563C1" vlink="#954F72">

<table border=0 cellpadding=0 cellspacing=0 width=592 style='border-collapse:
 collapse;width:444pt'>
<!--StartFragment-->
 <col width=160 style='mso-width-source:userset;mso-width-alt:5120;width:120pt'>
 <col width=88 style='mso-width-source:userset;mso-width-alt:2816;width:66pt'>
 <col width=200 style='mso-width-source:userset;mso-width-alt:6400;width:150pt'>
 <col width=72 span=2 style='width:54pt'>
 <tr height=19 style='height:14.25pt'>
  <td height=19 width=160 style='height:14.25pt;width:120pt'>客户</td>
  <td width=88 style='width:66pt'>跟进时间</td>
  <td width=200 style='width:150pt'>跟进内容摘要</td>
  <td colspan=2 class=xl68 width=144 style='width:108pt'>金额 / 责任人</td>
 </tr>
 <tr height=57 style='height:42.75pt'>
  <td height=57 class=xl66 width=160 style='height:42.75pt;width:120pt'>苏州恒瑞精密机械有限公司</td>
  <td class=xl65 align=right>2024/6/10</td>
  <td class=xl66 width=200 style='width:150pt'>电话沟通，客户要报价<br
  style='mso-data-placement:same-cell;' />下周二前发方案<br style='mso-data-placement:same-cell;' />王总 &amp; 李工</td>
  <td class=xl67 align=right>¥12,000.00</td>
  <td>王五</td>
 </tr>
 <tr height=19 style='height:14.25pt'>
  <td height=19 style='height:14.25pt'>&quot;好&quot; 客户</td>
  <td class=xl65 align=right>2024/6/11</td>
  <td></td>
  <td class=xl67 align=right>¥3,000.00</td>
  <td>赵敏</td>
 </tr>
<!--EndFragment-->
</table>

</body>

</html>
`;

/** WPS 表格: its own style classes (et2…), x:str / x:num attributes, <br/>, a rowspan, &nbsp;. */
const WPS_HTML = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
  <meta name="ProgId" content="Excel.Sheet"/>
  <meta name="Generator" content="WPS Office ET"/>
  <style>
<!-- @page
	{margin:0.75in 0.70in 0.75in 0.70in;
	mso-header-margin:0.30in;
	mso-footer-margin:0.30in;}
tr
	{mso-height-source:auto;
	mso-ruby-visibility:none;}
br
	{mso-data-placement:same-cell;}
.font0
	{color:#000000;
	font-size:11.0pt;
	font-family:宋体;
	mso-font-charset:134;}
.et2
	{mso-style-parent:style0;
	white-space:normal;}
.et3
	{mso-style-parent:style0;
	mso-number-format:"yyyy/m/d";}
 -->  </style>
  <!--[if gte mso 9]><xml>
   <x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>Sheet1</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook>
  </xml><![endif]-->
 </head>
 <body link="blue" vlink="purple">
  <table width="360" border="0" cellpadding="0" cellspacing="0" style='width:270.00pt;border-collapse:collapse;table-layout:fixed;'>
   <col width="120" style='mso-width-source:userset;mso-width-alt:3840;'/>
   <col width="80" span="3" style='width:60.00pt;'/>
   <tr height="18" style='height:13.50pt;'>
    <td class="et2" height="36" width="120" rowspan="2" style='height:27.00pt;width:90.00pt;' x:str>华星电子</td>
    <td class="et3" width="80" style='width:60.00pt;' x:num="45453">2024/6/10</td>
    <td width="80" x:str>微信</td>
    <td class="et2" width="80" x:str>发了样品照片<br/>客户满意</td>
   </tr>
   <tr height="18" style='height:13.50pt;'>
    <td class="et3" x:num="45454">2024/6/11</td>
    <td x:str>电话</td>
    <td x:str>确认下单时间&nbsp;&nbsp;待定</td>
   </tr>
  </table>
 </body>
</html>`;

/** Google Sheets: everything on one line, <br> in cells, a wrapper element. */
const GOOGLE_HTML =
  '<meta charset="utf-8"><google-sheets-html-origin><style type="text/css"><!--td {border: 1px solid #cccccc;}br {mso-data-placement:same-cell;}--></style>' +
  '<table xmlns="http://www.w3.org/1999/xhtml" cellspacing="0" cellpadding="0" dir="ltr" border="1" data-sheets-root="1"><colgroup><col width="100"/><col width="160"/></colgroup>' +
  '<tbody><tr style="height:21px;"><td data-sheets-value="{&quot;1&quot;:2,&quot;2&quot;:&quot;张江精密机械&quot;}">张江精密机械</td>' +
  '<td style="white-space:normal;overflow-wrap:break-word;">第一行<br>第二行</td></tr></tbody></table></google-sheets-html-origin>';

const table = (rows: string) => parseClipboardHtml(`<table>${rows}</table>`);

describe('parseClipboardHtml', () => {
  it('reads an Excel selection: <br> line breaks, entities, empty cells, a colspan', () => {
    expect(parseClipboardHtml(EXCEL_HTML)).toEqual([
      ['客户', '跟进时间', '跟进内容摘要', '金额 / 责任人', ''],
      ['苏州恒瑞精密机械有限公司', '2024/6/10', '电话沟通，客户要报价\n下周二前发方案\n王总 & 李工', '¥12,000.00', '王五'],
      ['"好" 客户', '2024/6/11', '', '¥3,000.00', '赵敏'],
    ]);
  });

  it('ignores the CF_HTML header Windows puts before the markup', () => {
    const withHeader = `Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000003333\r\nStartFragment:0000002000\r\nEndFragment:0000003000\r\n${EXCEL_HTML}`;
    expect(parseClipboardHtml(withHeader)?.[1]?.[0]).toBe('苏州恒瑞精密机械有限公司');
  });

  it('reads a WPS selection: a rowspan keeps the grid rectangular, &nbsp; is a space', () => {
    expect(parseClipboardHtml(WPS_HTML)).toEqual([
      ['华星电子', '2024/6/10', '微信', '发了样品照片\n客户满意'],
      ['', '2024/6/11', '电话', '确认下单时间  待定'],
    ]);
  });

  it('reads a Google Sheets selection', () => {
    expect(parseClipboardHtml(GOOGLE_HTML)).toEqual([['张江精密机械', '第一行\n第二行']]);
  });

  it('returns null when there is no table or no rows', () => {
    expect(parseClipboardHtml('<p>只是一段文字</p>')).toBeNull();
    expect(parseClipboardHtml('')).toBeNull();
    expect(parseClipboardHtml('<table></table>')).toBeNull();
    expect(parseClipboardHtml('<table><tr></tr></table>')).toBeNull();
  });

  it('expands colspan and rowspan together, filling the merged area with empty cells', () => {
    expect(table('<tr><td colspan=2 rowspan=2>合并</td><td>c</td></tr><tr><td>f</td></tr><tr><td>g</td><td>h</td><td>i</td></tr>')).toEqual([
      ['合并', '', 'c'],
      ['', '', 'f'],
      ['g', 'h', 'i'],
    ]);
    expect(table('<tr><td>a</td><td rowspan=3>b</td></tr><tr><td>c</td></tr>')).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
  });

  it('pads short rows so every row has the same length', () => {
    expect(table('<tr><th>客户</th><th>方式</th><th>摘要</th></tr><tr><td>a</td></tr>')).toEqual([
      ['客户', '方式', '摘要'],
      ['a', '', ''],
    ]);
  });

  it('caps absurd spans', () => {
    const rows = table('<tr><td colspan=99999999>x</td></tr>');
    expect(rows?.[0]?.length).toBe(1000);
  });

  it('turns block elements inside a cell into lines and collapses source whitespace', () => {
    expect(table('<tr><td><div>第一行</div><div>第二行</div><p>第三行</p></td></tr>')).toEqual([['第一行\n第二行\n第三行']]);
    expect(table('<tr><td>\n   前面\n   <b>加粗</b>   后面\n</td></tr>')).toEqual([['前面 加粗 后面']]);
    expect(table('<tr><td><div>a<br></div><div>b</div></td></tr>')).toEqual([['a\nb']]);
    expect(table('<tr><td>a<br><br>b</td></tr>')).toEqual([['a\n\nb']]);
  });

  it('keeps line breaks of cells styled white-space:pre', () => {
    expect(table('<tr><td style="white-space:pre-wrap">第一行\n第二行</td></tr>')).toEqual([['第一行\n第二行']]);
  });

  it('ignores comments and styles inside cells', () => {
    expect(table('<tr><td><!--[if !mso]>隐藏<![endif]--><style>td{color:red}</style>可见</td></tr>')).toEqual([['可见']]);
  });

  it("skips Excel's hidden spacer rows and the rows of nested tables", () => {
    const html =
      '<table><tr><td>a</td><td>b</td></tr>' +
      "<![if supportMisalignedColumns]><tr height=0 style='display:none'><td width=72></td><td width=72></td></tr><![endif]>" +
      '<tr><td><table><tr><td>内</td></tr></table></td><td>d</td></tr></table>';
    expect(parseClipboardHtml(html)).toEqual([
      ['a', 'b'],
      ['内', 'd'],
    ]);
  });

  it('takes only the first table', () => {
    expect(parseClipboardHtml('<table><tr><td>1</td></tr></table><table><tr><td>2</td></tr></table>')).toEqual([['1']]);
  });
});
