/** The commands' help text, in Chinese first. */
export const USAGE = `用法 / Usage:
  jixiao check <工作簿.xlsx|报告.docx|报告.pdf|报告.txt|报告.md|文件夹>... [--json] [--profile 口径名称|口径文件.json]
  jixiao check <工作簿.xlsx> --report <报告.docx|.pdf|.txt|.md>
  jixiao report <文件.xlsx> [--outline 自评报告|评价报告] [--docx 输出.docx] [--fill 输出.xlsx] [--json]
                [--profile 口径名称|口径文件.json] [--as-written]
  jixiao --version

  check        检查工作簿，列出每条问题及其单元格；检查 Word、PDF、文本格式的报告（单独检查报告自身的数字和
               编号，或与工作簿对照），问题注明第几段、第几页并引用原句；文件夹中同一单位的工作簿和报告按文件名配对
               check workbooks (one line per finding, at its cell) and report documents (alone, or against
               their workbook; findings by paragraph and page, quoted); a folder's files paired by name
  --report     与工作簿对照检查的报告文件 / the report document to check against the workbook
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
  --as-written 按原文输出报告，不更正检查出的错误数字和标题编号（默认更正可确定的，并逐条说明）
               keep the report's text as written (by default, figures and heading numbers proven wrong are
               corrected and each correction is said on standard error)
  --version    显示版本 / print the version

退出码 / Exit code: 0 没有错误 no errors · 1 发现错误 errors found (check; report: errors only the author can settle)
· 2 文件无法读取、无法写入或用法有误
a file could not be read or written, or the command was wrong`;
