/** The commands' help text, in Chinese first. */
export const USAGE = `用法 / Usage:
  jixiao check <文件.xlsx>... [--json] [--profile 口径名称|口径文件.json]
  jixiao report <文件.xlsx> [--outline 自评报告|评价报告] [--docx 输出.docx] [--fill 输出.xlsx] [--json]
                [--profile 口径名称|口径文件.json]
  jixiao --version

  check        检查工作簿，列出每条问题及其单元格 / check workbooks, one line per finding
  report       按提纲生成自评报告（数据部分由工作簿生成，人工撰写的段落原样保留），打印为文本
               compose the report from the workbook (people's paragraphs kept) and print it as text
  --json       以 JSON 输出 / print JSON
  --profile    规则口径：national（默认）、common-framework、strict-local，或自定义口径文件
               rule profile: a built-in id or a profile JSON file
  --outline    报告提纲：自评报告 或 评价报告（默认按工作簿中已有报告判断，没有时为自评报告）
               outline of the report (default: the one the workbook's report follows, else 自评报告)
  --docx       另存为 Word 文档（.docx，A4、公文字体、页码），附绩效自评表 / write a Word document
  --fill       把报告填入工作簿的报告工作表（没有时新建），另存为新文件（.xlsx；含宏的工作簿为 .xlsm）
               fill the report sheet, save as a new file (.xlsx, or .xlsm for a workbook with macros)
               写出文件时不打印报告，只说明写了什么；输出文件不能是所读的文件 / with --docx or --fill only what
               was written is said; an output is never a file that was read
  --version    显示版本 / print the version

退出码 / Exit code: 0 没有错误 no errors · 1 发现错误 errors found (check) · 2 文件无法读取、无法写入或用法有误
a file could not be read or written, or the command was wrong`;
