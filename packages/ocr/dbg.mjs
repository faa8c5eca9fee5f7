var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};

// ../schema/src/address.ts
function splitAddress(address2) {
  return address2.split(".");
}
function getCell(target, address2) {
  let node = target;
  for (const segment of splitAddress(address2)) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, segment)) return void 0;
    node = node[segment];
  }
  return typeof node === "number" || node === null ? node : void 0;
}
function setCell(target, address2, value) {
  const segments = splitAddress(address2);
  const last = segments.pop();
  if (last === void 0) return;
  let node = target;
  for (const segment of segments) {
    const next = node[segment];
    if (next === null || typeof next !== "object") node[segment] = {};
    node = node[segment];
  }
  node[last] = value;
}
var init_address = __esm({
  "../schema/src/address.ts"() {
    "use strict";
  }
});

// ../schema/src/catalogue/agency-level-by-name.ts
function placesOf(name) {
  const places = [];
  PLACE.lastIndex = 0;
  for (let m = PLACE.exec(name); m; m = PLACE.exec(name)) places.push(m[0]);
  return { places, rest: name.slice(places.join("").length) };
}
function tierOf(place, rest) {
  const zone = Object.keys(zoneLevels).find((z) => place.endsWith(z));
  if (zone) return zoneLevels[zone];
  if (zoneSuffixes.some((z) => place.endsWith(z))) return /^人民政府/.test(rest) ? "county" : void 0;
  if (municipalities.includes(place)) return "province";
  return placeSuffixes.find((p) => place.endsWith(p.suffix))?.tier;
}
function inferAgencyLevel(name) {
  const compact = name.replace(/\s+/g, "");
  if (townshipNames.some((pattern) => pattern.test(compact))) return "township";
  const { places, rest } = placesOf(compact);
  const last = places.at(-1);
  const tier = last === void 0 ? void 0 : tierOf(last, rest);
  if (tier === void 0) return void 0;
  if (GOVERNMENT.test(rest)) return tier;
  return DEPARTMENT.test(rest) ? `${tier}-department` : void 0;
}
var townshipNames, placeSuffixes, municipalities, zoneSuffixes, zoneLevels, notPlaces, GOVERNMENT, DEPARTMENT, suffixChars, PLACE;
var init_agency_level_by_name = __esm({
  "../schema/src/catalogue/agency-level-by-name.ts"() {
    "use strict";
    townshipNames = [
      /(?:乡|镇|街道|苏木)(?:人民政府|政府|办事处)?$/,
      /(?:乡|镇)(?:人民)?政府|街道办事处/
    ];
    placeSuffixes = [
      { suffix: "\u81EA\u6CBB\u533A", tier: "province" },
      { suffix: "\u7701", tier: "province" },
      { suffix: "\u81EA\u6CBB\u5DDE", tier: "city" },
      { suffix: "\u5730\u533A", tier: "city" },
      { suffix: "\u76DF", tier: "city" },
      { suffix: "\u5E02", tier: "city" },
      { suffix: "\u81EA\u6CBB\u53BF", tier: "county" },
      { suffix: "\u53BF", tier: "county" },
      { suffix: "\u81EA\u6CBB\u65D7", tier: "county" },
      { suffix: "\u65D7", tier: "county" },
      { suffix: "\u533A", tier: "county" }
    ];
    municipalities = ["\u5317\u4EAC\u5E02", "\u5929\u6D25\u5E02", "\u4E0A\u6D77\u5E02", "\u91CD\u5E86\u5E02"];
    zoneSuffixes = [
      "\u5F00\u53D1\u533A",
      "\u65B0\u533A",
      "\u5B9E\u9A8C\u533A",
      "\u8BD5\u9A8C\u533A",
      "\u793A\u8303\u533A",
      "\u56ED\u533A",
      "\u5408\u4F5C\u533A",
      "\u9AD8\u65B0\u533A",
      "\u4FDD\u7A0E\u533A",
      "\u529F\u80FD\u533A"
    ];
    zoneLevels = { \u5E73\u6F6D\u7EFC\u5408\u5B9E\u9A8C\u533A: "city" };
    notPlaces = ["\u57CE\u5E02", "\u793E\u533A"];
    GOVERNMENT = /^(?:(?:人民政府|政府|行政公署|管理委员会|管委会)(?:办公厅|办公室)?)?$/;
    DEPARTMENT = /(?:厅|局|委员会|委|办公室|办|中心|署|院|馆|会)$/;
    suffixChars = [...new Set(placeSuffixes.map((p) => p.suffix.at(-1)))].join("");
    PLACE = new RegExp(
      `(?!${notPlaces.join("|")})[^${suffixChars}]+?(${placeSuffixes.map((p) => p.suffix).join("|")})`,
      "y"
    );
  }
});

// ../schema/src/catalogue/cells.ts
function rowsOf(table) {
  const out = [];
  const walk = (nodes, path, groups, block2) => {
    for (const node of nodes) {
      if (node.kind === "row") out.push({ row: node, path: [...path, node.key], groups, block: block2 });
      else walk(node.children, node.key ? [...path, node.key] : path, [...groups, node.label], block2);
    }
  };
  table.blocks.forEach((b, i) => {
    walk(b.rows, [], [], i);
  });
  return out;
}
function cellsOf(table) {
  return rowsOf(table).flatMap(
    ({ row: row2, path, groups, block: block2 }) => (table.blocks[block2]?.columns ?? []).map((columnDef) => ({
      address: [table.id, ...path, columnDef.key].join("."),
      table: table.id,
      version: table.version,
      rowPath: path,
      rowAddress: path.join("."),
      column: columnDef.key,
      kind: columnDef.kind,
      row: row2,
      columnDef,
      rowGroups: groups,
      block: block2
    }))
  );
}
var init_cells = __esm({
  "../schema/src/catalogue/cells.ts"() {
    "use strict";
  }
});

// ../schema/src/catalogue/cross-year.ts
function crossYearEquationsOf(table) {
  const at = (row2, column) => `${table.id}.${row2}.${column}`;
  if (table.id === "applications") {
    return (table.blocks[0]?.columns ?? []).map((column) => ({
      rule: "cross-year.carry-over",
      table: table.id,
      cell: at("carriedOver", column.key),
      previous: [at("carriedForward", column.key)],
      plus: [],
      minus: [],
      along: { column: column.key }
    }));
  }
  if (table.id === "activeDisclosure") {
    const out = [];
    for (const { path, block: block2 } of rowsOf(table)) {
      const keys2 = new Set((table.blocks[block2]?.columns ?? []).map((c) => c.key));
      if (!(keys2.has("inForce") && keys2.has("issued") && keys2.has("repealed"))) continue;
      const row2 = path.join(".");
      out.push({
        rule: "cross-year.in-force",
        table: table.id,
        cell: at(row2, "inForce"),
        previous: [at(row2, "inForce")],
        plus: [at(row2, "issued")],
        minus: [at(row2, "repealed")],
        along: { row: row2 }
      });
    }
    return out;
  }
  return [];
}
var init_cross_year = __esm({
  "../schema/src/catalogue/cross-year.ts"() {
    "use strict";
    init_cells();
  }
});

// ../schema/src/catalogue/row.ts
function row(key, zh, en, aliases) {
  return aliases ? { kind: "row", key, label: { zh, en }, aliases } : { kind: "row", key, label: { zh, en } };
}
var init_row = __esm({
  "../schema/src/catalogue/row.ts"() {
    "use strict";
  }
});

// ../schema/src/catalogue/active-disclosure.ts
function heading(item, itemEn) {
  return { zh: `\u7B2C\u4E8C\u5341\u6761\u7B2C\uFF08${item}\uFF09\u9879`, en: `Article 20, item (${itemEn})` };
}
var stubHeader, title, decisions, activeDisclosure2021, itemColumns, activeDisclosure2019;
var init_active_disclosure = __esm({
  "../schema/src/catalogue/active-disclosure.ts"() {
    "use strict";
    init_row();
    stubHeader = { zh: "\u4FE1\u606F\u5185\u5BB9", en: "Item" };
    title = { zh: "\u4E3B\u52A8\u516C\u5F00\u653F\u5E9C\u4FE1\u606F\u60C5\u51B5", en: "Information disclosed proactively" };
    decisions = {
      key: "decisions",
      label: { zh: "\u672C\u5E74\u5904\u7406\u51B3\u5B9A\u6570\u91CF", en: "Decisions this year" },
      kind: "count"
    };
    activeDisclosure2021 = {
      id: "activeDisclosure",
      version: "2021",
      section: "activeDisclosure",
      title,
      layout: "rows",
      blocks: [
        {
          heading: heading("\u4E00", "1"),
          stubHeader,
          columns: [
            {
              key: "issued",
              label: { zh: "\u672C\u5E74\u5236\u53D1\u4EF6\u6570", en: "Issued this year" },
              kind: "count",
              aliases: ["\u672C\u5E74\u65B0\u5236\u53D1\u4EF6\u6570"]
            },
            {
              key: "repealed",
              label: { zh: "\u672C\u5E74\u5E9F\u6B62\u4EF6\u6570", en: "Repealed this year" },
              kind: "count",
              // 本年度止件数: a damaged header seen in a township report.
              aliases: ["\u672C\u5E74\u5EA6\u6B62\u4EF6\u6570", "\u672C\u5E74\u5E9F\u6B62\u6570"]
            },
            { key: "inForce", label: { zh: "\u73B0\u884C\u6709\u6548\u4EF6\u6570", en: "In force" }, kind: "count" }
          ],
          rows: [
            row("regulations", "\u89C4\u7AE0", "Regulations"),
            row("normativeDocuments", "\u884C\u653F\u89C4\u8303\u6027\u6587\u4EF6", "Normative documents", ["\u89C4\u8303\u6027\u6587\u4EF6"])
          ]
        },
        {
          heading: heading("\u4E94", "5"),
          stubHeader,
          columns: [decisions],
          rows: [row("licensing", "\u884C\u653F\u8BB8\u53EF", "Administrative licensing")]
        },
        {
          heading: heading("\u516D", "6"),
          stubHeader,
          columns: [decisions],
          rows: [
            row("punishment", "\u884C\u653F\u5904\u7F5A", "Administrative penalties"),
            row("coercion", "\u884C\u653F\u5F3A\u5236", "Administrative coercion")
          ]
        },
        {
          heading: heading("\u516B", "8"),
          stubHeader,
          columns: [
            {
              key: "amount",
              label: { zh: "\u672C\u5E74\u6536\u8D39\u91D1\u989D\uFF08\u5355\u4F4D\uFF1A\u4E07\u5143\uFF09", en: "Fees collected this year (10,000 yuan)" },
              kind: "amount",
              unit: { zh: "\u4E07\u5143", en: "10,000 yuan" },
              aliases: ["\u672C\u5E74\u6536\u8D39\u91D1\u989D", "\u672C\u5E74\u6536\u8D39\u91D1\u989D(\u5355\u4F4D:\u4E07\u5143)"]
            }
          ],
          rows: [row("fees", "\u884C\u653F\u4E8B\u4E1A\u6027\u6536\u8D39", "Administrative fees")]
        }
      ]
    };
    itemColumns = [
      { key: "previousCount", label: { zh: "\u4E0A\u4E00\u5E74\u9879\u76EE\u6570\u91CF", en: "Items last year" }, kind: "count" },
      {
        key: "change",
        label: { zh: "\u672C\u5E74\u589E/\u51CF", en: "Change this year" },
        kind: "signedCount",
        aliases: ["\u672C\u5E74\u589E\uFF0F\u51CF", "\u672C\u5E74\u589E\u51CF"]
      }
    ];
    activeDisclosure2019 = {
      id: "activeDisclosure",
      version: "2019",
      section: "activeDisclosure",
      title,
      layout: "rows",
      blocks: [
        {
          heading: heading("\u4E00", "1"),
          stubHeader,
          columns: [
            { key: "made", label: { zh: "\u672C\u5E74\u65B0\u5236\u4F5C\u6570\u91CF", en: "Made this year" }, kind: "count" },
            { key: "published", label: { zh: "\u672C\u5E74\u65B0\u516C\u5F00\u6570\u91CF", en: "Published this year" }, kind: "count" },
            { key: "totalPublished", label: { zh: "\u5BF9\u5916\u516C\u5F00\u603B\u6570\u91CF", en: "Total published" }, kind: "count" }
          ],
          rows: [
            row("regulations", "\u89C4\u7AE0", "Regulations"),
            row("normativeDocuments", "\u89C4\u8303\u6027\u6587\u4EF6", "Normative documents", ["\u884C\u653F\u89C4\u8303\u6027\u6587\u4EF6"])
          ]
        },
        {
          heading: heading("\u4E94", "5"),
          stubHeader,
          columns: [
            ...itemColumns,
            { key: "decisions", label: { zh: "\u5904\u7406\u51B3\u5B9A\u6570\u91CF", en: "Decisions" }, kind: "count" }
          ],
          rows: [
            row("licensing", "\u884C\u653F\u8BB8\u53EF", "Administrative licensing"),
            row("otherManagementServices", "\u5176\u4ED6\u5BF9\u5916\u7BA1\u7406\u670D\u52A1\u4E8B\u9879", "Other public management services")
          ]
        },
        {
          heading: heading("\u516D", "6"),
          stubHeader,
          columns: [
            ...itemColumns,
            { key: "decisions", label: { zh: "\u5904\u7406\u51B3\u5B9A\u6570\u91CF", en: "Decisions" }, kind: "count" }
          ],
          rows: [
            row("punishment", "\u884C\u653F\u5904\u7F5A", "Administrative penalties"),
            row("coercion", "\u884C\u653F\u5F3A\u5236", "Administrative coercion")
          ]
        },
        {
          heading: heading("\u516B", "8"),
          stubHeader,
          columns: itemColumns,
          rows: [row("fees", "\u884C\u653F\u4E8B\u4E1A\u6027\u6536\u8D39", "Administrative fees")]
        },
        {
          heading: heading("\u4E5D", "9"),
          stubHeader,
          columns: [
            { key: "projects", label: { zh: "\u91C7\u8D2D\u9879\u76EE\u6570\u91CF", en: "Procurement projects" }, kind: "count" },
            { key: "amount", label: { zh: "\u91C7\u8D2D\u603B\u91D1\u989D", en: "Total procurement amount" }, kind: "amount" }
          ],
          rows: [row("procurement", "\u653F\u5E9C\u96C6\u4E2D\u91C7\u8D2D", "Centralised government procurement")]
        }
      ]
    };
  }
});

// ../schema/src/catalogue/appeals.ts
function appeals(version2) {
  return {
    id: "appeals",
    version: version2,
    section: "appeals",
    title: {
      zh: "\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u884C\u653F\u590D\u8BAE\u3001\u884C\u653F\u8BC9\u8BBC\u60C5\u51B5",
      en: "Administrative reviews and lawsuits over disclosure"
    },
    layout: "transposed",
    rowGroups: [
      {
        label: { zh: "\u884C\u653F\u8BC9\u8BBC", en: "Administrative lawsuits" },
        rows: ["litigationDirect", "litigationAfterReview"]
      }
    ],
    blocks: [
      {
        columns: outcomeColumns,
        rows: [
          row("review", "\u884C\u653F\u590D\u8BAE", "Administrative review"),
          row("litigationDirect", "\u672A\u7ECF\u590D\u8BAE\u76F4\u63A5\u8D77\u8BC9", "Lawsuit without prior review"),
          row("litigationAfterReview", "\u590D\u8BAE\u540E\u8D77\u8BC9", "Lawsuit after review")
        ]
      }
    ]
  };
}
var outcomeColumns, appeals2021, appeals2019;
var init_appeals = __esm({
  "../schema/src/catalogue/appeals.ts"() {
    "use strict";
    init_row();
    outcomeColumns = [
      { key: "upheld", label: { zh: "\u7ED3\u679C\u7EF4\u6301", en: "Upheld" }, kind: "count" },
      { key: "corrected", label: { zh: "\u7ED3\u679C\u7EA0\u6B63", en: "Corrected" }, kind: "count" },
      { key: "other", label: { zh: "\u5176\u4ED6\u7ED3\u679C", en: "Other outcome" }, kind: "count" },
      { key: "pending", label: { zh: "\u5C1A\u672A\u5BA1\u7ED3", en: "Pending" }, kind: "count" },
      { key: "total", label: { zh: "\u603B\u8BA1", en: "Total" }, kind: "count", isTotal: true }
    ];
    appeals2021 = appeals("2021");
    appeals2019 = appeals("2019");
  }
});

// ../schema/src/catalogue/applications.ts
function resultRows(otherHandling) {
  return {
    kind: "group",
    label: { zh: "\u4E09\u3001\u672C\u5E74\u5EA6\u529E\u7406\u7ED3\u679C", en: "III. Results this year" },
    children: [
      row("granted", "\uFF08\u4E00\uFF09\u4E88\u4EE5\u516C\u5F00", "(1) Disclosed"),
      row(
        "partiallyGranted",
        "\uFF08\u4E8C\uFF09\u90E8\u5206\u516C\u5F00\uFF08\u533A\u5206\u5904\u7406\u7684\uFF0C\u53EA\u8BA1\u8FD9\u4E00\u60C5\u5F62\uFF0C\u4E0D\u8BA1\u5176\u4ED6\u60C5\u5F62\uFF09",
        "(2) Partly disclosed (counted here only)",
        ["\uFF08\u4E8C\uFF09\u90E8\u5206\u516C\u5F00"]
      ),
      withheld,
      unavailable,
      notProcessed,
      otherHandling,
      // 合计: the total row as some provinces word it.
      { ...row("resultsTotal", "\uFF08\u4E03\uFF09\u603B\u8BA1", "(7) Total", ["\uFF08\u4E03\uFF09\u5408\u8BA1"]), isTotal: true }
    ]
  };
}
function block(otherHandling) {
  return {
    stubHeader: { zh: "", en: "" },
    columns: applicantColumns,
    columnGroups: [
      { id: "applicants", label: { zh: "\u7533\u8BF7\u4EBA\u60C5\u51B5", en: "Applicants" } },
      {
        id: "organizations",
        label: { zh: "\u6CD5\u4EBA\u6216\u5176\u4ED6\u7EC4\u7EC7", en: "Legal persons or other organisations" },
        parent: "applicants"
      }
    ],
    rows: [
      row("newReceived", "\u4E00\u3001\u672C\u5E74\u65B0\u6536\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u7533\u8BF7\u6570\u91CF", "I. New requests received this year"),
      row("carriedOver", "\u4E8C\u3001\u4E0A\u5E74\u7ED3\u8F6C\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u7533\u8BF7\u6570\u91CF", "II. Requests carried over from last year"),
      resultRows(otherHandling),
      row("carriedForward", "\u56DB\u3001\u7ED3\u8F6C\u4E0B\u5E74\u5EA6\u7EE7\u7EED\u529E\u7406", "IV. Carried forward to next year")
    ]
  };
}
var applicantColumns, withheld, unavailable, notProcessed, otherHandling2021, title2, note, applications2021, applications2019;
var init_applications = __esm({
  "../schema/src/catalogue/applications.ts"() {
    "use strict";
    init_row();
    applicantColumns = [
      { key: "naturalPerson", label: { zh: "\u81EA\u7136\u4EBA", en: "Individuals" }, kind: "count", group: "applicants" },
      { key: "commercial", label: { zh: "\u5546\u4E1A\u4F01\u4E1A", en: "Businesses" }, kind: "count", group: "organizations" },
      {
        key: "research",
        label: { zh: "\u79D1\u7814\u673A\u6784", en: "Research institutions" },
        kind: "count",
        group: "organizations"
      },
      {
        key: "publicInterest",
        label: { zh: "\u793E\u4F1A\u516C\u76CA\u7EC4\u7EC7", en: "Public-interest organisations" },
        kind: "count",
        group: "organizations"
      },
      {
        key: "legalServices",
        label: { zh: "\u6CD5\u5F8B\u670D\u52A1\u673A\u6784", en: "Legal service providers" },
        kind: "count",
        group: "organizations"
      },
      { key: "otherOrganization", label: { zh: "\u5176\u4ED6", en: "Others" }, kind: "count", group: "organizations" },
      { key: "total", label: { zh: "\u603B\u8BA1", en: "Total" }, kind: "count", group: "applicants", isTotal: true }
    ];
    withheld = {
      kind: "group",
      key: "withheld",
      label: { zh: "\uFF08\u4E09\uFF09\u4E0D\u4E88\u516C\u5F00", en: "(3) Withheld" },
      children: [
        row("stateSecret", "1.\u5C5E\u4E8E\u56FD\u5BB6\u79D8\u5BC6", "1. State secret"),
        row("prohibitedByLaw", "2.\u5176\u4ED6\u6CD5\u5F8B\u884C\u653F\u6CD5\u89C4\u7981\u6B62\u516C\u5F00", "2. Disclosure prohibited by other laws", [
          "2.\u5176\u4ED6\u6CD5\u5F8B\u884C\u653F\u6B62\u516C\u5F00"
        ]),
        row("endangersSafety", "3.\u5371\u53CA\u201C\u4E09\u5B89\u5168\u4E00\u7A33\u5B9A\u201D", "3. Endangers the \u201Cthree securities and one stability\u201D"),
        row("thirdPartyRights", "4.\u4FDD\u62A4\u7B2C\u4E09\u65B9\u5408\u6CD5\u6743\u76CA", "4. Protects lawful rights of third parties"),
        row("internalAffairs", "5.\u5C5E\u4E8E\u4E09\u7C7B\u5185\u90E8\u4E8B\u52A1\u4FE1\u606F", "5. Internal affairs information"),
        row("processInformation", "6.\u5C5E\u4E8E\u56DB\u7C7B\u8FC7\u7A0B\u6027\u4FE1\u606F", "6. Process information"),
        row("enforcementCaseFiles", "7.\u5C5E\u4E8E\u884C\u653F\u6267\u6CD5\u6848\u5377", "7. Law-enforcement case files"),
        row("administrativeQuery", "8.\u5C5E\u4E8E\u884C\u653F\u67E5\u8BE2\u4E8B\u9879", "8. Administrative query matters")
      ]
    };
    unavailable = {
      kind: "group",
      key: "unavailable",
      label: { zh: "\uFF08\u56DB\uFF09\u65E0\u6CD5\u63D0\u4F9B", en: "(4) Cannot be provided" },
      children: [
        row("notHeld", "1.\u672C\u673A\u5173\u4E0D\u638C\u63E1\u76F8\u5173\u653F\u5E9C\u4FE1\u606F", "1. Not held by this body"),
        row("needsCreation", "2.\u6CA1\u6709\u73B0\u6210\u4FE1\u606F\u9700\u8981\u53E6\u884C\u5236\u4F5C", "2. Would have to be newly created"),
        row("stillUnclear", "3.\u8865\u6B63\u540E\u7533\u8BF7\u5185\u5BB9\u4ECD\u4E0D\u660E\u786E", "3. Still unclear after correction")
      ]
    };
    notProcessed = {
      kind: "group",
      key: "notProcessed",
      label: { zh: "\uFF08\u4E94\uFF09\u4E0D\u4E88\u5904\u7406", en: "(5) Not processed" },
      children: [
        row("complaint", "1.\u4FE1\u8BBF\u4E3E\u62A5\u6295\u8BC9\u7C7B\u7533\u8BF7", "1. Petitions, reports and complaints"),
        row("duplicate", "2.\u91CD\u590D\u7533\u8BF7", "2. Repeated request"),
        row("publication", "3.\u8981\u6C42\u63D0\u4F9B\u516C\u5F00\u51FA\u7248\u7269", "3. Asks for published material"),
        row("excessive", "4.\u65E0\u6B63\u5F53\u7406\u7531\u5927\u91CF\u53CD\u590D\u7533\u8BF7", "4. Excessive repeated requests without good reason"),
        row(
          "confirmation",
          "5.\u8981\u6C42\u884C\u653F\u673A\u5173\u786E\u8BA4\u6216\u91CD\u65B0\u51FA\u5177\u5DF2\u83B7\u53D6\u4FE1\u606F",
          "5. Asks to confirm or reissue information already obtained"
        )
      ]
    };
    otherHandling2021 = {
      kind: "group",
      key: "otherHandling",
      label: { zh: "\uFF08\u516D\uFF09\u5176\u4ED6\u5904\u7406", en: "(6) Otherwise handled" },
      children: [
        row(
          "overdueCorrection",
          "1.\u7533\u8BF7\u4EBA\u65E0\u6B63\u5F53\u7406\u7531\u903E\u671F\u4E0D\u8865\u6B63\u3001\u884C\u653F\u673A\u5173\u4E0D\u518D\u5904\u7406\u5176\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u7533\u8BF7",
          "1. Applicant did not correct the request in time; no longer processed",
          ["1.\u903E\u671F\u4E0D\u8865\u6B63"]
        ),
        row(
          "overdueFee",
          "2.\u7533\u8BF7\u4EBA\u903E\u671F\u672A\u6309\u6536\u8D39\u901A\u77E5\u8981\u6C42\u7F34\u7EB3\u8D39\u7528\u3001\u884C\u653F\u673A\u5173\u4E0D\u518D\u5904\u7406\u5176\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u7533\u8BF7",
          "2. Applicant did not pay the fee in time; no longer processed",
          ["2.\u903E\u671F\u4E0D\u7F34\u8D39"]
        ),
        row("other", "3.\u5176\u4ED6", "3. Other")
      ]
    };
    title2 = {
      zh: "\u6536\u5230\u548C\u5904\u7406\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u7533\u8BF7\u60C5\u51B5",
      en: "Requests for disclosure received and handled"
    };
    note = {
      zh: "\uFF08\u672C\u5217\u6570\u636E\u7684\u52FE\u7A3D\u5173\u7CFB\u4E3A\uFF1A\u7B2C\u4E00\u9879\u52A0\u7B2C\u4E8C\u9879\u4E4B\u548C\uFF0C\u7B49\u4E8E\u7B2C\u4E09\u9879\u52A0\u7B2C\u56DB\u9879\u4E4B\u548C\uFF09",
      en: "(In each column, item I plus item II equals item III plus item IV.)"
    };
    applications2021 = {
      id: "applications",
      version: "2021",
      section: "applications",
      title: title2,
      note,
      layout: "rows",
      blocks: [block(otherHandling2021)]
    };
    applications2019 = {
      id: "applications",
      version: "2019",
      section: "applications",
      title: title2,
      note,
      layout: "rows",
      blocks: [block(row("otherHandling", "\uFF08\u516D\uFF09\u5176\u4ED6\u5904\u7406", "(6) Otherwise handled"))]
    };
  }
});

// ../schema/src/catalogue/arithmetic.ts
function equationsOf(table) {
  if (table.id === "applications") return applicationEquations(table);
  if (table.id === "appeals") return appealEquations(table);
  return [];
}
function applicationEquations(table) {
  const { id, version: version2 } = table;
  const columns = table.blocks[0]?.columns ?? [];
  const parts = columns.filter((c) => !c.isTotal);
  const total2 = columns.find((c) => c.isTotal);
  const rows = rowsOf(table).map((r) => r.path.join("."));
  const at = (row2, column) => `${id}.${row2}.${column}`;
  const out = [];
  if (total2) {
    for (const row2 of rows) {
      out.push({
        rule: "applications.row-sum",
        table: id,
        version: version2,
        lhs: [at(row2, total2.key)],
        rhs: parts.map((c) => at(row2, c.key)),
        derive: at(row2, total2.key),
        along: { row: row2 }
      });
    }
  }
  const first = rows.indexOf("granted");
  const last = rows.indexOf("resultsTotal");
  const results = rows.slice(first, last);
  for (const column of columns) {
    out.push({
      rule: "applications.results-sum",
      table: id,
      version: version2,
      lhs: [at("resultsTotal", column.key)],
      rhs: results.map((r) => at(r, column.key)),
      derive: at("resultsTotal", column.key),
      along: { column: column.key }
    });
  }
  for (const column of columns) {
    out.push({
      rule: "applications.balance",
      table: id,
      version: version2,
      lhs: [at("newReceived", column.key), at("carriedOver", column.key)],
      rhs: [at("resultsTotal", column.key), at("carriedForward", column.key)],
      derive: at("carriedForward", column.key),
      along: { column: column.key }
    });
  }
  return out;
}
function appealEquations(table) {
  const columns = table.blocks[0]?.columns ?? [];
  const total2 = columns.find((c) => c.isTotal);
  if (!total2) return [];
  return rowsOf(table).map(({ path }) => {
    const row2 = path.join(".");
    return {
      rule: "appeals.group-sum",
      table: table.id,
      version: table.version,
      lhs: [`${table.id}.${row2}.${total2.key}`],
      rhs: columns.filter((c) => !c.isTotal).map((c) => `${table.id}.${row2}.${c.key}`),
      derive: `${table.id}.${row2}.${total2.key}`,
      along: { row: row2 }
    };
  });
}
var init_arithmetic = __esm({
  "../schema/src/catalogue/arithmetic.ts"() {
    "use strict";
    init_cells();
  }
});

// ../schema/src/catalogue/sections.ts
function sectionById(id) {
  const section = byId.get(id);
  if (!section) throw new Error(`unknown section ${id}`);
  return section;
}
var sections, SECTION_IDS, byId;
var init_sections = __esm({
  "../schema/src/catalogue/sections.ts"() {
    "use strict";
    sections = [
      {
        id: "overview",
        number: 1,
        ordinal: "\u4E00",
        title: { zh: "\u603B\u4F53\u60C5\u51B5", en: "Overview" },
        kind: "narrative",
        aliases: ["\u603B\u4F53\u60C5\u51B5", "\u57FA\u672C\u60C5\u51B5"],
        subheadings: [
          { zh: "\u4E3B\u52A8\u516C\u5F00", en: "Proactive disclosure" },
          { zh: "\u4F9D\u7533\u8BF7\u516C\u5F00", en: "Disclosure on request" },
          { zh: "\u653F\u5E9C\u4FE1\u606F\u7BA1\u7406", en: "Information management" },
          { zh: "\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u5E73\u53F0\u5EFA\u8BBE", en: "Disclosure platforms" },
          { zh: "\u76D1\u7763\u4FDD\u969C", en: "Oversight and safeguards" }
        ]
      },
      {
        id: "activeDisclosure",
        number: 2,
        ordinal: "\u4E8C",
        title: { zh: "\u4E3B\u52A8\u516C\u5F00\u653F\u5E9C\u4FE1\u606F\u60C5\u51B5", en: "Information disclosed proactively" },
        kind: "table",
        aliases: ["\u4E3B\u52A8\u516C\u5F00\u653F\u5E9C\u4FE1\u606F\u60C5\u51B5", "\u4E3B\u52A8\u516C\u5F00\u653F\u5E9C\u4FE1\u606F"]
      },
      {
        id: "applications",
        number: 3,
        ordinal: "\u4E09",
        title: {
          zh: "\u6536\u5230\u548C\u5904\u7406\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u7533\u8BF7\u60C5\u51B5",
          en: "Requests for disclosure received and handled"
        },
        kind: "table",
        aliases: ["\u6536\u5230\u548C\u5904\u7406\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u7533\u8BF7\u60C5\u51B5", "\u6536\u5230\u548C\u5904\u7406\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u7533\u8BF7"]
      },
      {
        id: "appeals",
        number: 4,
        ordinal: "\u56DB",
        title: {
          zh: "\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u884C\u653F\u590D\u8BAE\u3001\u884C\u653F\u8BC9\u8BBC\u60C5\u51B5",
          en: "Administrative reviews and lawsuits over disclosure"
        },
        kind: "table",
        aliases: [
          "\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u884C\u653F\u590D\u8BAE\u3001\u884C\u653F\u8BC9\u8BBC\u60C5\u51B5",
          "\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u884C\u653F\u6CD5\u590D\u8BAE\u3001\u884C\u653F\u8BC9\u8BBC\u60C5\u51B5",
          "\u56E0\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u5DE5\u4F5C\u88AB\u7533\u8BF7\u884C\u653F\u590D\u8BAE\u3001\u63D0\u8D77\u884C\u653F\u8BC9\u8BBC\u60C5\u51B5",
          "\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u884C\u653F\u590D\u8BAE\u548C\u884C\u653F\u8BC9\u8BBC\u60C5\u51B5"
        ]
      },
      {
        id: "problems",
        number: 5,
        ordinal: "\u4E94",
        title: {
          zh: "\u5B58\u5728\u7684\u4E3B\u8981\u95EE\u9898\u53CA\u6539\u8FDB\u60C5\u51B5",
          en: "Main problems and improvements"
        },
        kind: "narrative",
        aliases: [
          "\u5B58\u5728\u7684\u4E3B\u8981\u95EE\u9898\u53CA\u6539\u8FDB\u60C5\u51B5",
          "\u5B58\u5728\u7684\u4E3B\u8981\u95EE\u9898\u53CA\u6574\u6539\u63AA\u65BD",
          "\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u5DE5\u4F5C\u5B58\u5728\u7684\u4E3B\u8981\u95EE\u9898\u53CA\u6539\u8FDB\u60C5\u51B5",
          "\u5B58\u5728\u7684\u4E3B\u8981\u95EE\u9898\u53CA\u4E0B\u4E00\u6B65\u8BA1\u5212",
          "\u5B58\u5728\u7684\u4E3B\u8981\u95EE\u9898\u53CA\u6539\u8FDB\u63AA\u65BD"
        ]
      },
      {
        id: "otherMatters",
        number: 6,
        ordinal: "\u516D",
        title: { zh: "\u5176\u4ED6\u9700\u8981\u62A5\u544A\u7684\u4E8B\u9879", en: "Other matters to report" },
        kind: "narrative",
        aliases: ["\u5176\u4ED6\u9700\u8981\u62A5\u544A\u7684\u4E8B\u9879"]
      }
    ];
    SECTION_IDS = sections.map((s) => s.id);
    byId = new Map(sections.map((s) => [s.id, s]));
  }
});

// ../schema/src/catalogue/agency.ts
var AGENCY_LEVELS, agencyLevelLabels;
var init_agency = __esm({
  "../schema/src/catalogue/agency.ts"() {
    "use strict";
    AGENCY_LEVELS = [
      "province",
      "province-department",
      "city",
      "city-department",
      "county",
      "county-department",
      "township",
      "other"
    ];
    agencyLevelLabels = {
      province: { zh: "\u7701\u7EA7\u4EBA\u6C11\u653F\u5E9C", en: "Provincial government" },
      "province-department": { zh: "\u7701\u7EA7\u653F\u5E9C\u90E8\u95E8", en: "Provincial department" },
      city: { zh: "\u8BBE\u533A\u7684\u5E02\u7EA7\u4EBA\u6C11\u653F\u5E9C", en: "City government" },
      "city-department": { zh: "\u5E02\u7EA7\u653F\u5E9C\u90E8\u95E8", en: "City department" },
      county: { zh: "\u53BF\u7EA7\u4EBA\u6C11\u653F\u5E9C", en: "County government" },
      "county-department": { zh: "\u53BF\u7EA7\u653F\u5E9C\u90E8\u95E8", en: "County department" },
      township: { zh: "\u4E61\u9547\u4EBA\u6C11\u653F\u5E9C\u3001\u8857\u9053\u529E\u4E8B\u5904", en: "Township or street office" },
      other: { zh: "\u5176\u4ED6", en: "Other" }
    };
  }
});

// ../schema/src/catalogue/types.ts
var FORMAT_VERSIONS;
var init_types = __esm({
  "../schema/src/catalogue/types.ts"() {
    "use strict";
    FORMAT_VERSIONS = ["2021", "2019"];
  }
});

// ../schema/src/catalogue/index.ts
function formatsOf(report) {
  return {
    activeDisclosure: report.tableFormats?.activeDisclosure ?? report.formatVersion,
    applications: report.tableFormats?.applications ?? report.formatVersion,
    appeals: report.formatVersion
  };
}
function tableDef(table, version2) {
  return tables[version2][table];
}
function layoutOf(formats) {
  const key = `${formats.activeDisclosure}/${formats.applications}/${formats.appeals}`;
  let layout = layouts.get(key);
  if (!layout) {
    const defs = ["activeDisclosure", "applications", "appeals"].map(
      (id) => tableDef(id, formats[id])
    );
    const cells = defs.flatMap(cellsOf);
    layout = {
      formats: { ...formats },
      tables: defs,
      cells,
      cellByAddress: new Map(cells.map((c) => [c.address, c])),
      equations: defs.flatMap(equationsOf)
    };
    layouts.set(key, layout);
  }
  return layout;
}
var tables, TABLE_IDS, layouts;
var init_catalogue = __esm({
  "../schema/src/catalogue/index.ts"() {
    "use strict";
    init_active_disclosure();
    init_appeals();
    init_applications();
    init_arithmetic();
    init_cells();
    init_agency();
    init_cells();
    init_sections();
    init_types();
    tables = {
      "2021": { activeDisclosure: activeDisclosure2021, applications: applications2021, appeals: appeals2021 },
      "2019": { activeDisclosure: activeDisclosure2019, applications: applications2019, appeals: appeals2019 }
    };
    TABLE_IDS = [
      "activeDisclosure",
      "applications",
      "appeals"
    ];
    layouts = /* @__PURE__ */ new Map();
  }
});

// ../schema/src/catalogue/narrative-figures.ts
var n, gap, piece, narrativeFigures;
var init_narrative_figures = __esm({
  "../schema/src/catalogue/narrative-figures.ts"() {
    "use strict";
    n = "(?<n>[\\d\uFF10-\uFF19][\\d\uFF10-\uFF19,\uFF0C]*(?:\\.[\\d\uFF10-\uFF19]+)?)";
    gap = (max) => `[^\\d\uFF10-\uFF19\uFF0C\u3002\uFF1B\uFF1A,;:\uFF01\uFF1F!?\\n\uFF08\uFF09()\u3001\u6848\u8BAE\u8BBC]{0,${max}}?`;
    piece = { zh: "\u4EF6", en: "" };
    narrativeFigures = [
      {
        id: "received",
        label: { zh: "\u6536\u5230\uFF08\u53D7\u7406\uFF09\u7684\u7533\u8BF7", en: "requests received" },
        unit: piece,
        keywords: ["\u6536\u5230", "\u53D7\u7406", "\u65B0\u6536"],
        patterns: [
          `(?:\u6536\u5230|\u53D7\u7406|\u65B0\u6536)${gap(12)}(?:\u7533\u8BF7|\u4FE1\u606F\u516C\u5F00)${gap(6)}${n}\u4EF6`,
          `(?:\u6536\u5230|\u53D7\u7406|\u65B0\u6536)${n}\u4EF6${gap(4)}\u7533\u8BF7`
        ],
        scopes: [
          ["applications.newReceived.total"],
          ["applications.newReceived.total", "applications.carriedOver.total"]
        ]
      },
      {
        id: "carriedOver",
        label: { zh: "\u4E0A\u5E74\u7ED3\u8F6C\u7684\u7533\u8BF7", en: "requests carried over from last year" },
        unit: piece,
        keywords: ["\u7ED3\u8F6C"],
        // 上年结转, 上年度结转, 上一年度结转: begins at 结转 and looks back for 上年.
        patterns: [`\u7ED3\u8F6C(?<=\u4E0A\u4E00?\u5E74\u5EA6?\u7ED3\u8F6C)${gap(8)}${n}\u4EF6`],
        scopes: [["applications.carriedOver.total"]]
      },
      {
        id: "answered",
        label: { zh: "\u529E\u7ED3\uFF08\u7B54\u590D\uFF09\u7684\u7533\u8BF7", en: "requests answered" },
        unit: piece,
        keywords: ["\u7B54\u590D", "\u529E\u7ED3", "\u529E\u7406"],
        patterns: [`(?:\u7B54\u590D|\u529E\u7ED3|\u529E\u7406)\u4E86?(?:\u653F\u5E9C\u4FE1\u606F\u516C\u5F00|\u4FE1\u606F\u516C\u5F00|\u4F9D\u7533\u8BF7\u516C\u5F00)?(?:\u7533\u8BF7)?(?:\u5171\u8BA1|\u5171|\u603B\u8BA1)?${n}\u4EF6`],
        scopes: [["applications.resultsTotal.total"]]
      },
      {
        id: "carriedForward",
        label: { zh: "\u7ED3\u8F6C\u4E0B\u5E74\u5EA6\u7684\u7533\u8BF7", en: "requests carried forward to next year" },
        unit: piece,
        keywords: ["\u7ED3\u8F6C", "\u987A\u5EF6"],
        patterns: [
          `(?:\u7ED3\u8F6C|\u987A\u5EF6)(?:\u5230|\u81F3)?\u4E0B\u4E00?\u5E74\u5EA6?(?:\u7EE7\u7EED\u529E\u7406|\u529E\u7406|\u7B54\u590D)?${gap(6)}${n}\u4EF6`,
          // 另有103件顺延到下年度: the number comes first. Matching the keyword, then looking back for the
          // number, lets V8 skip ahead to the keyword (a leading look-behind or digit is 100× slower).
          `(?:\u7ED3\u8F6C|\u987A\u5EF6)(?<=${n}\u4EF6${gap(14)}(?:\u7ED3\u8F6C|\u987A\u5EF6))(?:\u5230|\u81F3)?\u4E0B\u4E00?\u5E74\u5EA6?`
        ],
        scopes: [["applications.carriedForward.total"]]
      },
      {
        id: "reviews",
        label: { zh: "\u884C\u653F\u590D\u8BAE\u6848\u4EF6", en: "administrative reviews" },
        unit: piece,
        keywords: ["\u884C\u653F\u590D\u8BAE"],
        patterns: [`\u884C\u653F\u590D\u8BAE(?:\u6848\u4EF6|\u7533\u8BF7)?(?:\u5171\u8BA1|\u5171)?${n}[\u4EF6\u8D77]`],
        scopes: [["appeals.review.total"]]
      },
      {
        id: "lawsuits",
        label: { zh: "\u884C\u653F\u8BC9\u8BBC\u6848\u4EF6", en: "administrative lawsuits" },
        unit: piece,
        keywords: ["\u8BC9\u8BBC"],
        patterns: [`(?<![\u5211\u6C11])\u8BC9\u8BBC(?:\u6848\u4EF6)?(?:\u5171\u8BA1|\u5171)?${n}[\u4EF6\u8D77]`],
        scopes: [["appeals.litigationDirect.total", "appeals.litigationAfterReview.total"]]
      },
      {
        id: "regulationsInForce",
        label: { zh: "\u73B0\u884C\u6709\u6548\u89C4\u7AE0", en: "regulations in force" },
        unit: piece,
        keywords: ["\u73B0\u884C\u6709\u6548"],
        patterns: [
          `\u73B0\u884C\u6709\u6548\u7684?(?:\u653F\u5E9C)?\u89C4\u7AE0(?:\u5171\u8BA1|\u5171)?${n}\u4EF6`,
          `\u73B0\u884C\u6709\u6548(?<=\u89C4\u7AE0\u73B0\u884C\u6709\u6548)\u7684?(?:\u5171\u8BA1|\u5171)?${n}\u4EF6`
        ],
        scopes: [["activeDisclosure.regulations.inForce"]]
      },
      {
        id: "normativeDocumentsInForce",
        label: { zh: "\u73B0\u884C\u6709\u6548\u89C4\u8303\u6027\u6587\u4EF6", en: "normative documents in force" },
        unit: piece,
        keywords: ["\u73B0\u884C\u6709\u6548"],
        patterns: [
          `\u73B0\u884C\u6709\u6548\u7684?(?:\u884C\u653F)?\u89C4\u8303\u6027\u6587\u4EF6(?:\u5171\u8BA1|\u5171)?${n}\u4EF6`,
          `\u73B0\u884C\u6709\u6548(?<=\u89C4\u8303\u6027\u6587\u4EF6\u73B0\u884C\u6709\u6548)\u7684?(?:\u5171\u8BA1|\u5171)?${n}\u4EF6`
        ],
        scopes: [["activeDisclosure.normativeDocuments.inForce"]]
      },
      {
        // 信息处理费 has no cell in the tables (it is stated in 六 only), so it is not compared here.
        id: "administrativeFees",
        label: { zh: "\u884C\u653F\u4E8B\u4E1A\u6027\u6536\u8D39\u91D1\u989D", en: "administrative fees collected" },
        unit: { zh: "\u4E07\u5143", en: "\xD710,000 yuan" },
        keywords: ["\u884C\u653F\u4E8B\u4E1A\u6027\u6536\u8D39"],
        patterns: [`\u884C\u653F\u4E8B\u4E1A\u6027\u6536\u8D39(?:\u91D1\u989D|\u603B\u989D)?(?:\u5171\u8BA1|\u5171|\u4E3A)?${n}\u4E07\u5143`],
        scopes: [["activeDisclosure.fees.amount"]]
      }
    ];
  }
});

// ../schema/src/catalogue/obligations.ts
function formatForYear(year) {
  return newestFirst.find((version2) => formatFirstYear[version2] <= year) ?? "2019";
}
var formatFirstYear, formatDocuments, newestFirst, processingFeeDisclosure;
var init_obligations = __esm({
  "../schema/src/catalogue/obligations.ts"() {
    "use strict";
    formatFirstYear = { "2019": 2019, "2021": 2021 };
    formatDocuments = {
      "2019": "\u56FD\u529E\u516C\u5F00\u529E\u51FD\u30142019\u301560\u53F7",
      "2021": "\u56FD\u529E\u516C\u5F00\u529E\u51FD\u30142021\u301530\u53F7"
    };
    newestFirst = Object.keys(formatFirstYear).sort(
      (a, b) => formatFirstYear[b] - formatFirstYear[a]
    );
    processingFeeDisclosure = {
      fromYear: 2021,
      section: "otherMatters",
      label: { zh: "\u4FE1\u606F\u5904\u7406\u8D39", en: "information processing fees" },
      basis: "\u56FD\u529E\u51FD\u30142020\u3015109\u53F7",
      mentions: ["\u5904\u7406\u8D39", "\u6536\u8D39", "\u6536\u53D6\u8D39\u7528"]
    };
  }
});

// ../schema/src/catalogue/regulation-making.ts
var mayReportRegulations;
var init_regulation_making = __esm({
  "../schema/src/catalogue/regulation-making.ts"() {
    "use strict";
    mayReportRegulations = {
      province: true,
      "province-department": true,
      city: true,
      "city-department": true,
      county: false,
      "county-department": false,
      township: false,
      other: true
    };
  }
});

// ../schema/src/catalogue/template-placeholders.ts
var narrativePlaceholders, placeholderOpening;
var init_template_placeholders = __esm({
  "../schema/src/catalogue/template-placeholders.ts"() {
    "use strict";
    narrativePlaceholders = {
      overview: "\uFF08\u6587\u5B57\u63CF\u8FF0\uFF09",
      problems: "\uFF08\u6587\u5B57\u63CF\u8FF0\uFF09",
      otherMatters: "\uFF08\u6587\u5B57\u63CF\u8FF0\uFF0C\u6536\u53D6\u4FE1\u606F\u5904\u7406\u8D39\u60C5\u51B5\u5728\u6B64\u5904\u62A5\u544A\u3002\uFF09"
    };
    placeholderOpening = "\u6587\u5B57\u63CF\u8FF0";
  }
});

// ../schema/src/empty-report.ts
function createEmptyReport(init) {
  const formatVersion = init.formatVersion ?? "2021";
  const base = { formatVersion, ...init.tableFormats ? { tableFormats: init.tableFormats } : {} };
  const report = {
    ...base,
    year: init.year,
    agency: { ...init.agency },
    narrative: { overview: "", problems: "", otherMatters: "" },
    activeDisclosure: {},
    applications: {},
    appeals: {}
  };
  fillBlankCells(report, formatsOf(base));
  return report;
}
function fillBlankCells(target, formats) {
  for (const cell of layoutOf(formats).cells) {
    let node = target;
    let present = true;
    for (const segment of cell.address.split(".")) {
      if (node === null || typeof node !== "object" || !Object.hasOwn(node, segment)) {
        present = false;
        break;
      }
      node = node[segment];
    }
    if (!present) setCell(target, cell.address, null);
  }
}
var init_empty_report = __esm({
  "../schema/src/empty-report.ts"() {
    "use strict";
    init_address();
    init_catalogue();
  }
});

// ../schema/src/labels.ts
function rowLabelOf(cell, locale = "zh") {
  const table = tableDef(cell.table, cell.version);
  const spanning = table.rowGroups?.find((g) => g.rows.includes(cell.rowAddress));
  const groups = cell.rowGroups.filter((g) => g.zh.startsWith("\uFF08")).map((g) => g[locale]);
  if (spanning) groups.unshift(spanning.label[locale]);
  const sep = locale === "zh" ? " " : " \u2013 ";
  return [...groups, cell.row.label[locale]].join(sep);
}
function columnLabelOf(cell, locale = "zh") {
  const table = tableDef(cell.table, cell.version);
  const group = table.blocks[cell.block]?.columnGroups?.find(
    (g) => g.id === cell.columnDef.group && g.parent
  );
  const column = cell.columnDef.label[locale];
  return group ? `${group.label[locale]}${locale === "zh" ? "\xB7" : ": "}${column}` : column;
}
function sectionLabel(id, locale = "zh") {
  const section = sectionById(id);
  return locale === "zh" ? `${section.ordinal}\u3001${section.title.zh}` : `Section ${section.number} (${section.title.en})`;
}
function cellLabelOf(cell, locale = "zh") {
  const section = sectionById(cell.table);
  return locale === "zh" ? `\u7B2C${section.ordinal}\u90E8\u5206\u300C${rowLabelOf(cell, "zh")}\u300D\u884C\u300C${columnLabelOf(cell, "zh")}\u300D\u5217` : `Section ${section.number}, row \u201C${rowLabelOf(cell, "en")}\u201D, column \u201C${columnLabelOf(cell, "en")}\u201D`;
}
var init_labels = __esm({
  "../schema/src/labels.ts"() {
    "use strict";
    init_catalogue();
    init_sections();
  }
});

// ../schema/src/report-bounds.ts
var REPORT_YEARS, REGION_CODE;
var init_report_bounds = __esm({
  "../schema/src/report-bounds.ts"() {
    "use strict";
    REPORT_YEARS = { min: 2008, max: 2100 };
    REGION_CODE = /^\d{6}(\d{6})?$/;
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var Cached, captureStackTrace, propertyKeyTypes, NUMBER_FORMAT_RANGES, highSurrogate, installing, broke, breaker;
var init_util = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/util.js"() {
    Cached = class {
      constructor(getter) {
        this._getter = getter;
        this._value = void 0;
      }
      get value() {
        const getter = this._getter;
        if (getter !== void 0) {
          this._value = getter();
          this._getter = void 0;
        }
        return this._value;
      }
    };
    captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
    };
    propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
    NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
      safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
      int32: [-2147483648, 2147483647],
      uint32: [0, 4294967295],
      float32: [-34028234663852886e22, 34028234663852886e22],
      float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
    }))();
    highSurrogate = /[\uD800-\uDBFF]/;
    broke = false;
    breaker = {
      configurable: true,
      get() {
        broke = true;
        return void 0;
      }
    };
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/core.js
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}
var _a, _zodDesc, _E, $ZodAsyncError, globalConfig;
var init_core = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/core.js"() {
    init_util();
    _zodDesc = { value: void 0, enumerable: false };
    _E = "captureStackTrace" in Error ? Error : null;
    $ZodAsyncError = class extends Error {
      constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
      }
    };
    (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
    globalConfig = globalThis.__zod_globalConfig;
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc, _issuesDesc, _installedToString, initializer, $ZodError, $ZodRealError;
var init_errors = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/errors.js"() {
    init_core();
    init_util();
    _messageDesc = {
      get: _getMessage,
      set: _setMessage,
      enumerable: true,
      configurable: true
    };
    _issuesDesc = { value: void 0, enumerable: false };
    _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
    initializer = (inst, def) => {
      inst.name = "$ZodError";
      _issuesDesc.value = def;
      Object.defineProperty(inst, "issues", _issuesDesc);
      _issuesDesc.value = void 0;
      Object.defineProperty(inst, "message", _messageDesc);
      const proto = Object.getPrototypeOf(inst);
      if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
          configurable: true,
          enumerable: false,
          get() {
            const value = () => this.message;
            Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            return value;
          },
          set(value) {
            Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
          }
        });
      }
    };
    $ZodError = $constructor("$ZodError", initializer);
    $ZodRealError = $constructor("$ZodError", initializer, void 0, {
      Parent: Error
    });
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/parse.js
function failure(Err, issues, ctx) {
  let error;
  return {
    success: false,
    get error() {
      if (!error) {
        error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error;
    },
    set error(e) {
      error = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _parse, parse, _parseAsync, parseAsync, _safeParse, safeParse, _safeParseAsync, safeParseAsync;
var init_parse = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/parse.js"() {
    init_core();
    init_errors();
    init_util();
    _parse = (_Err) => {
      const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
          throw new $ZodAsyncError();
        }
        if (result.issues.length) {
          const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, _params?.callee ?? fn);
          throw e;
        }
        return result.value;
      };
      return fn;
    };
    parse = /* @__PURE__ */ _parse($ZodRealError);
    _parseAsync = (_Err) => {
      const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
          result = await result;
        if (result.issues.length) {
          const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, params?.callee ?? fn);
          throw e;
        }
        return result.value;
      };
      return fn;
    };
    parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
    _safeParse = (_Err) => (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
      const result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise) {
        throw new $ZodAsyncError();
      }
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
    _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
      let result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        result = await result;
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/regexes.js
var anyString, number;
var init_regexes = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/regexes.js"() {
    anyString = /^[\s\S]{0,}$/;
    number = /^-?\d+(?:\.\d+)?$/;
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/checks.js
var $ZodCheck, _whenHasLength, numericOriginMap, $ZodCheckLessThan, $ZodCheckGreaterThan, $ZodCheckNumberFormat, $ZodCheckMinLength, $ZodCheckStringFormat, $ZodCheckRegex, $ZodCheckOverwrite;
var init_checks = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/checks.js"() {
    init_core();
    init_util();
    $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
      var _a3;
      inst._zod ?? (inst._zod = {});
      inst._zod.def = def;
      (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
    });
    _whenHasLength = (payload) => {
      const val = payload.value;
      return !nullish(val) && val.length !== void 0;
    };
    numericOriginMap = {
      number: "number",
      bigint: "bigint",
      object: "date"
    };
    $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
          return;
        }
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_big",
          maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
          return;
        }
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_small",
          minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
      $ZodCheck.init(inst, def);
      def.format = def.format || "float64";
      const isInt = def.format?.includes("int");
      const origin = isInt ? "int" : "number";
      const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
      inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
          if (!Number.isInteger(input)) {
            payload.issues.push({
              expected: origin,
              format: def.format,
              code: "invalid_type",
              continue: false,
              input,
              inst
            });
            return;
          }
          if (!Number.isSafeInteger(input)) {
            if (input > 0) {
              payload.issues.push({
                input,
                code: "too_big",
                maximum: Number.MAX_SAFE_INTEGER,
                note: "Integers must be within the safe integer range.",
                inst,
                origin,
                inclusive: true,
                continue: !def.abort
              });
            } else {
              payload.issues.push({
                input,
                code: "too_small",
                minimum: Number.MIN_SAFE_INTEGER,
                note: "Integers must be within the safe integer range.",
                inst,
                origin,
                inclusive: true,
                continue: !def.abort
              });
            }
            return;
          }
        }
        if (input < minimum) {
          payload.issues.push({
            origin: "number",
            input,
            code: "too_small",
            minimum,
            inclusive: true,
            inst,
            continue: !def.abort
          });
        }
        if (input > maximum) {
          payload.issues.push({
            origin: "number",
            input,
            code: "too_big",
            maximum,
            inclusive: true,
            inst,
            continue: !def.abort
          });
        }
      };
    });
    $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
      inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
        if (length >= def.minimum)
          return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
          origin,
          code: "too_small",
          minimum: def.minimum,
          inclusive: true,
          input,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
      var _a3, _b;
      $ZodCheck.init(inst, def);
      if (def.pattern)
        (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
          def.pattern.lastIndex = 0;
          if (def.pattern.test(payload.value))
            return;
          payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            ...def.pattern ? { pattern: def.pattern.toString() } : {},
            inst,
            continue: !def.abort
          });
        });
      else
        (_b = inst._zod).check ?? (_b.check = () => {
        });
    });
    $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "regex",
          input: payload.value,
          pattern: def.pattern.toString(),
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
      $ZodCheck.init(inst, def);
      inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
      };
    });
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/doc.js
var init_doc = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/doc.js"() {
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/versions.js
var version;
var init_versions = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/versions.js"() {
    version = {
      major: 4,
      minor: 6,
      patch: 7
    };
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/schemas.js
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n2 = size(payload.value);
    if (n2 > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n2 > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
function handleArrayResult(result, final, index2) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index2, result.issues));
  }
  final.value[index2] = result.value;
}
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
function normalizeDef(def) {
  const keys2 = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys2, ...symbolKeys] : keys2;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys2),
    numKeys: keys2.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodType, toStandardResult, $ZodString, $ZodNumber, $ZodNumberFormat, $ZodNever, arraySize, $ZodArray, NO_SYMBOL_KEYS, $ZodObject, $ZodUnion, $ZodRecord, $ZodEnum, $ZodOptional, $ZodNullable;
var init_schemas = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/schemas.js"() {
    init_checks();
    init_core();
    init_regexes();
    init_util();
    init_versions();
    init_util();
    $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
      var _a3;
      inst ?? (inst = {});
      inst._zod.def = def;
      inst._zod.bag = inst._zod.bag || {};
      inst._zod.version = version;
      const defChecks = inst._zod.def.checks;
      const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
      for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
          fn(inst);
        }
      }
      if (checks.length === 0) {
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
        inst._zod.deferred?.push(() => {
          inst._zod.run = inst._zod.parse;
        });
      } else {
        const runChecks = (payload, checks2, ctx) => {
          if (payload.memo)
            return payload;
          let isAborted = aborted(payload);
          let asyncResult;
          for (const ch of checks2) {
            if (ch._zod.def.when) {
              if (explicitlyAborted(payload))
                continue;
              const shouldRun = ch._zod.def.when(payload);
              if (!shouldRun)
                continue;
            } else if (isAborted) {
              continue;
            }
            const currLen = payload.issues.length;
            const _ = ch._zod.check(payload);
            if (_ instanceof Promise && ctx?.async === false) {
              throw new $ZodAsyncError();
            }
            if (asyncResult || _ instanceof Promise) {
              asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                await _;
                const nextLen = payload.issues.length;
                if (nextLen === currLen)
                  return;
                attachSchema(payload.issues, currLen, inst);
                if (!isAborted)
                  isAborted = aborted(payload, currLen);
              });
            } else {
              const nextLen = payload.issues.length;
              if (nextLen === currLen)
                continue;
              attachSchema(payload.issues, currLen, inst);
              if (!isAborted)
                isAborted = aborted(payload, currLen);
            }
          }
          if (asyncResult) {
            return asyncResult.then(() => {
              return payload;
            });
          }
          return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
          if (aborted(canary)) {
            canary.aborted = true;
            return canary;
          }
          const checkResult = runChecks(payload, checks, ctx);
          if (checkResult instanceof Promise) {
            if (ctx.async === false)
              throw new $ZodAsyncError();
            return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
          }
          return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
          if (ctx.skipChecks) {
            return inst._zod.parse(payload, ctx);
          }
          if (ctx.direction === "backward") {
            const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
            if (canary instanceof Promise) {
              return canary.then((canary2) => {
                return handleCanaryResult(canary2, payload, ctx);
              });
            }
            return handleCanaryResult(canary, payload, ctx);
          }
          const result = inst._zod.parse(payload, ctx);
          if (result instanceof Promise) {
            if (ctx.async === false)
              throw new $ZodAsyncError();
            return result.then((result2) => runChecks(result2, checks, ctx));
          }
          return runChecks(result, checks, ctx);
        };
      }
    }, {
      // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
      get "~standard"() {
        return hide(this, "~standard", standardProps(this));
      },
      set "~standard"(value) {
        own(this, "~standard", value);
      }
    });
    toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
    $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = def.pattern ?? anyString;
      inst._zod.parse = (payload, _) => {
        if (def.coerce)
          try {
            payload.value = String(payload.value);
          } catch (_2) {
          }
        if (typeof payload.value === "string")
          return payload;
        payload.issues.push({
          expected: "string",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = number;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = Number(payload.value);
          } catch (_) {
          }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
          return payload;
        }
        const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
        payload.issues.push({
          expected: "number",
          code: "invalid_type",
          input,
          inst,
          ...received ? { received } : {}
        });
        return payload;
      };
    });
    $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
      $ZodCheckNumberFormat.init(inst, def);
      $ZodNumber.init(inst, def);
    });
    $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
          expected: "never",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    arraySize = (input) => Array.isArray(input) ? input.length : -1;
    $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
      $ZodType.init(inst, def);
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
          payload.issues.push({
            expected: "array",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
          const item = input[i];
          const result = def.element._zod.run({
            value: item,
            issues: []
          }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
          } else {
            handleArrayResult(result, payload, i);
            if (abortEarly && result.issues.length !== 0 && aborted(result))
              break;
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => payload);
        }
        return payload;
      };
      capSize(inst, arraySize);
    });
    NO_SYMBOL_KEYS = [];
    $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
      $ZodType.init(inst, def);
      const desc = Object.getOwnPropertyDescriptor(def, "shape");
      const sh = desc?.get ? desc.get.raw : def.shape ?? {};
      if (sh) {
        const get = () => {
          const newSh = { ...sh };
          Object.defineProperty(def, "shape", { value: newSh });
          get.raw = newSh;
          return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
      }
      const _normalized = cached(() => normalizeDef(def));
      defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
          const field = shape[key]._zod;
          if (field.values) {
            if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
              assignProp(propValues, key, /* @__PURE__ */ new Set());
            }
            for (const v of field.values)
              propValues[key].add(v);
            if (field.optin !== void 0)
              propValues[key].add(void 0);
          }
        }
        return propValues;
      });
      const isObject2 = isObject;
      const catchall = def.catchall;
      let value;
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject2(input)) {
          payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
          if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
              break;
            seen = payload.issues.length;
          }
          if (key === "__proto__")
            continue;
          const el = shape[key];
          const optin = el._zod.optin;
          const optout = el._zod.optout;
          const r = el._zod.run({ value: input[key], issues: [] }, ctx);
          if (r instanceof Promise) {
            proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
          } else {
            handlePropertyResult(r, payload, key, input, optin, optout);
          }
        }
        if (!catchall) {
          return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
      };
    });
    $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
      defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
      defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
          return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return void 0;
      });
      defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
          const patterns = zod.def.options.map((o) => o._zod.pattern);
          return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return void 0;
      });
      const first = def.options.length === 1 ? def.options[0]._zod.run : null;
      inst._zod.parse = (payload, ctx) => {
        if (first) {
          return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
          const result = option._zod.run({
            value: payload.value,
            issues: []
          }, ctx);
          if (result instanceof Promise) {
            results.push(result);
            async = true;
          } else {
            if (result.issues.length === 0)
              return result;
            results.push(result);
          }
        }
        if (!async)
          return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results2) => {
          return handleUnionResults(results2, payload, inst, ctx);
        });
      };
    });
    $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
      $ZodType.init(inst, def);
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isPlainObject(input)) {
          payload.issues.push({
            expected: "record",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
          payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
          const recordKeys = /* @__PURE__ */ new Set();
          for (const key of values) {
            if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
              recordKeys.add(typeof key === "number" ? key.toString() : key);
              if (key === "__proto__")
                continue;
              const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
              if (keyResult instanceof Promise) {
                throw new Error("Async schemas not supported in object keys currently");
              }
              if (keyResult.issues.length) {
                payload.issues.push({
                  code: "invalid_key",
                  origin: "record",
                  issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                  input: key,
                  path: [key],
                  inst
                });
                continue;
              }
              const outKey = keyResult.value;
              if (outKey === "__proto__")
                continue;
              const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
              if (result instanceof Promise) {
                proms.push(result.then((result2) => {
                  if (result2.issues.length) {
                    payload.issues.push(...prefixIssues(key, result2.issues));
                  }
                  payload.value[outKey] = result2.value;
                }));
              } else {
                if (result.issues.length) {
                  payload.issues.push(...prefixIssues(key, result.issues));
                }
                payload.value[outKey] = result.value;
              }
            }
          }
          let unrecognized;
          for (const key in input) {
            if (!recordKeys.has(key)) {
              if (def.mode === "loose") {
                if (key === "__proto__")
                  continue;
                payload.value[key] = input[key];
              } else {
                unrecognized = unrecognized ?? [];
                unrecognized.push(key);
              }
            }
          }
          if (unrecognized && unrecognized.length > 0) {
            payload.issues.push({
              code: "unrecognized_keys",
              input,
              inst,
              keys: unrecognized,
              continue: true
            });
          }
        } else {
          payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
          let unrecognized;
          for (const key of Reflect.ownKeys(input)) {
            if (key === "__proto__")
              continue;
            if (!Object.prototype.propertyIsEnumerable.call(input, key))
              continue;
            let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            if (keyResult instanceof Promise) {
              throw new Error("Async schemas not supported in object keys currently");
            }
            const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
            if (checkNumericKey) {
              const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
              if (retryResult instanceof Promise) {
                throw new Error("Async schemas not supported in object keys currently");
              }
              if (retryResult.issues.length === 0) {
                keyResult = retryResult;
              }
            }
            if (keyResult.issues.length) {
              if (def.mode === "loose") {
                payload.value[key] = input[key];
              } else if (values) {
                unrecognized = unrecognized ?? [];
                unrecognized.push(key);
              } else {
                payload.issues.push({
                  code: "invalid_key",
                  origin: "record",
                  issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                  input: key,
                  path: [key],
                  inst
                });
              }
              continue;
            }
            const outKey = keyResult.value;
            if (outKey === "__proto__")
              continue;
            const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
            if (result instanceof Promise) {
              proms.push(result.then((result2) => {
                if (result2.issues.length) {
                  payload.issues.push(...prefixIssues(key, result2.issues));
                }
                payload.value[outKey] = result2.value;
              }));
            } else {
              if (result.issues.length) {
                payload.issues.push(...prefixIssues(key, result.issues));
              }
              payload.value[outKey] = result.value;
            }
          }
          if (unrecognized && unrecognized.length > 0) {
            payload.issues.push({
              code: "unrecognized_keys",
              input,
              inst,
              keys: unrecognized,
              continue: true
            });
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => payload);
        }
        return payload;
      };
    });
    $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
      $ZodType.init(inst, def);
      const values = getEnumValues(def.entries);
      const valuesSet = new Set(values);
      inst._zod.values = valuesSet;
      defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
      });
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
          return payload;
        }
        payload.issues.push({
          code: "invalid_value",
          values,
          input,
          inst
        });
        return payload;
      };
    });
    $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
      inst._zod.optout = "optional";
      defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
      });
      defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        if (payload.value === void 0) {
          if (def.innerType._zod.optin !== "defaulted")
            return payload;
          const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
          if (result instanceof Promise)
            return result.then((result2) => handleOptionalResult(payload, result2));
          return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
      defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
      defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
      });
      defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        if (payload.value === null)
          return payload;
        return def.innerType._zod.run(payload, ctx);
      };
    });
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/memoizer.js
var init_memoizer = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/memoizer.js"() {
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/locales/index.js
var init_locales = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/locales/index.js"() {
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/registries.js
function registry() {
  return new $ZodRegistry();
}
var _a2, $ZodRegistry, globalRegistry;
var init_registries = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/registries.js"() {
    $ZodRegistry = class {
      constructor() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
      }
      add(schema, ..._meta) {
        const meta2 = _meta[0];
        this._map.set(schema, meta2);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.set(meta2.id, schema);
        }
        return this;
      }
      clear() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
        return this;
      }
      remove(schema) {
        const meta2 = this._map.get(schema);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.delete(meta2.id);
        }
        this._map.delete(schema);
        return this;
      }
      get(schema) {
        const p = schema._zod.parent;
        if (p) {
          const pm = { ...this.get(p) ?? {} };
          delete pm.id;
          const f = { ...pm, ...this._map.get(schema) };
          return Object.keys(f).length ? f : void 0;
        }
        return this._map.get(schema);
      }
      has(schema) {
        return this._map.has(schema);
      }
    };
    (_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
    globalRegistry = globalThis.__zod_globalRegistry;
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/compile.js
var INVALID, FALLBACK_FLAG;
var init_compile = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/compile.js"() {
    INVALID = Symbol.for("zod.compile.invalid");
    FALLBACK_FLAG = Symbol.for("zod.compile.fallback");
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
  return /* @__PURE__ */ _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}
var init_api = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/api.js"() {
    init_checks();
    init_util();
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/to-json-schema.js
var init_to_json_schema = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/to-json-schema.js"() {
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/json-schema.js
var init_json_schema = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/json-schema.js"() {
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/index.js
var init_core2 = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/index.js"() {
    init_core();
    init_parse();
    init_errors();
    init_schemas();
    init_memoizer();
    init_checks();
    init_versions();
    init_util();
    init_regexes();
    init_locales();
    init_registries();
    init_doc();
    init_compile();
    init_api();
    init_to_json_schema();
    init_json_schema();
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/parse.js
var init_parse2 = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/parse.js"() {
    init_core2();
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/schemas.js
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function superRefine(fn, params) {
  return _superRefine(fn, params);
}
var ZodMiniType, ZodMiniString, ZodMiniNumber, ZodMiniNumberFormat, ZodMiniNever, ZodMiniArray, ZodMiniObject, ZodMiniUnion, ZodMiniRecord, ZodMiniEnum, ZodMiniOptional, ZodMiniNullable;
var init_schemas2 = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/schemas.js"() {
    init_core2();
    init_util();
    init_parse2();
    ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
      if (!inst._zod)
        throw new Error("Uninitialized schema in ZodMiniType.");
      $ZodType.init(inst, def);
      inst.def = def;
      inst.type = def.type;
    }, {
      // `with` is an alias for `check`: the same function object, not a wrapper.
      get with() {
        return this.check;
      },
      set with(value) {
        own(this, "with", value);
      },
      parse(data, params) {
        return parse(this, data, params, { callee: this.parse });
      },
      parseAsync(data, params) {
        return parseAsync(this, data, params, { callee: this.parseAsync });
      },
      safeParse(data, params) {
        return safeParse(this, data, params);
      },
      safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
      },
      check(...checks) {
        const def = this.def;
        return this.clone({
          ...def,
          checks: [
            ...def.checks ?? [],
            ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
          ]
        }, { parent: true });
      },
      clone(_def, params) {
        return clone(this, _def, params);
      },
      brand() {
        return this;
      },
      register(reg, meta2) {
        reg.add(this, meta2);
        return this;
      },
      apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
      }
    });
    ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
      $ZodString.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
      $ZodNumber.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
      $ZodNumberFormat.init(inst, def);
      ZodMiniNumber.init(inst, def);
    });
    ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
      $ZodNever.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
      $ZodArray.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
      $ZodObject.init(inst, def);
      ZodMiniType.init(inst, def);
      installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
    });
    ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
      $ZodUnion.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
      $ZodRecord.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
      $ZodEnum.init(inst, def);
      ZodMiniType.init(inst, def);
      inst.options = [...inst._zod.values];
    });
    ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
      $ZodOptional.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
      $ZodNullable.init(inst, def);
      ZodMiniType.init(inst, def);
    });
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/checks.js
var init_checks2 = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/checks.js"() {
    init_core2();
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/iso.js
var init_iso = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/iso.js"() {
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/coerce.js
var init_coerce = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/coerce.js"() {
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/external.js
var init_external = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/external.js"() {
    init_core2();
    init_parse2();
    init_schemas2();
    init_checks2();
    init_core2();
    init_locales();
    init_iso();
    init_coerce();
  }
});

// ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/mini/index.js
var init_mini = __esm({
  "../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/mini/index.js"() {
    init_external();
  }
});

// ../schema/src/report-schema.ts
function cellSchema(kind) {
  return cellSchemas[kind];
}
function tableSchema(table) {
  const root = {};
  const name = table.id === "appeals" ? "Appeals" : `${table.id[0]?.toUpperCase()}${table.id.slice(1)}${table.version}`;
  const rowSchemas = table.blocks.map(
    (block2, i) => strictObject(Object.fromEntries(block2.columns.map((column) => [column.key, cellSchema(column.kind)]))).register(globalRegistry, { id: table.blocks.length > 1 ? `${name}Block${i + 1}Row` : `${name}Row` })
  );
  for (const { path, block: block2 } of rowsOf(table)) {
    let node = root;
    for (const segment of path.slice(0, -1)) {
      node[segment] ??= {};
      node = node[segment];
    }
    node[path[path.length - 1]] = rowSchemas[block2];
  }
  const isSchema = (v) => "_zod" in v;
  const build2 = (tree) => strictObject(
    Object.fromEntries(
      Object.entries(tree).map(([key, value]) => [key, isSchema(value) ? value : build2(value)])
    )
  );
  return build2(root);
}
function shapeVersion(table, value) {
  if (value === null || typeof value !== "object") return void 0;
  const v = value;
  if (table === "activeDisclosure") {
    if (v.regulations && "made" in v.regulations) return "2019";
    if (v.regulations && "issued" in v.regulations) return "2021";
    return void 0;
  }
  const other = v.otherHandling;
  if (other && "overdueCorrection" in other) return "2021";
  if (other && "naturalPerson" in other) return "2019";
  return void 0;
}
var cellSchemas, activeDisclosure2021Schema, activeDisclosure2019Schema, applications2021Schema, applications2019Schema, appealsSchema, formatVersionSchema, sectionIdSchema, agencySchema, narrativeSchema, reportObject, reportSchema;
var init_report_schema = __esm({
  "../schema/src/report-schema.ts"() {
    "use strict";
    init_mini();
    init_active_disclosure();
    init_agency();
    init_appeals();
    init_applications();
    init_cells();
    init_catalogue();
    init_sections();
    init_types();
    init_report_bounds();
    cellSchemas = {
      count: nullable(int().check(_nonnegative())).register(globalRegistry, {
        id: "CountCell",
        description: "A whole number \u2265 0, or null for a blank cell (blank is not 0)."
      }),
      signedCount: nullable(int()).register(globalRegistry, {
        id: "SignedCountCell",
        description: "A whole number (may be negative: \u672C\u5E74\u589E/\u51CF), or null for blank."
      }),
      amount: nullable(number2().check(_nonnegative())).register(globalRegistry, {
        id: "AmountCell",
        description: "A decimal \u2265 0 (\u4E07\u5143 or \u5143 amounts), or null for blank."
      })
    };
    activeDisclosure2021Schema = tableSchema(activeDisclosure2021);
    activeDisclosure2019Schema = tableSchema(activeDisclosure2019);
    applications2021Schema = tableSchema(applications2021);
    applications2019Schema = tableSchema(applications2019);
    appealsSchema = tableSchema(appeals2021);
    formatVersionSchema = _enum(FORMAT_VERSIONS).register(globalRegistry, { id: "FormatVersion" });
    sectionIdSchema = _enum(SECTION_IDS);
    agencySchema = strictObject({
      /** As printed on the report, e.g. 杏岭子乡人民政府. */
      name: string2().check(_trim(), _minLength(1)),
      level: optional(_enum(AGENCY_LEVELS)),
      /** 行政区划代码: 6 digits, or 12 for townships. */
      regionCode: optional(string2().check(_regex(REGION_CODE)))
    });
    narrativeSchema = strictObject({
      overview: string2(),
      problems: string2(),
      otherMatters: string2()
    });
    reportObject = strictObject({
      /** The format the report is written in; `tableFormats` overrides it table by table. */
      formatVersion: formatVersionSchema,
      /** For reports that print one table in the other format (a 2021 二 beside a 2019 三). */
      tableFormats: optional(
        strictObject({
          activeDisclosure: optional(formatVersionSchema),
          applications: optional(formatVersionSchema)
        })
      ),
      /** The year reported on (not the year of publication). */
      year: int().check(_gte(REPORT_YEARS.min), _lte(REPORT_YEARS.max)),
      agency: agencySchema,
      title: optional(string2()),
      narrative: narrativeSchema,
      activeDisclosure: union([activeDisclosure2021Schema, activeDisclosure2019Schema]),
      applications: union([applications2021Schema, applications2019Schema]),
      appeals: appealsSchema,
      /** Notes printed inside cells, by address: `22（其中修订16件）` keeps 22 and 其中修订16件. */
      annotations: optional(record(string2(), string2())),
      /** Sections whose heading and content were not found in the published text. */
      missingSections: optional(array(sectionIdSchema))
    });
    reportSchema = reportObject.check(
      superRefine((report, ctx) => {
        const formats = formatsOf(report);
        for (const table of ["activeDisclosure", "applications"]) {
          const shape = shapeVersion(table, report[table]);
          if (shape && shape !== formats[table]) {
            ctx.addIssue({
              code: "custom",
              path: [table],
              message: `format-mismatch:${shape}:${formats[table]}`,
              params: { code: "format-mismatch", shape, declared: formats[table] }
            });
          }
        }
      })
    );
  }
});

// ../schema/src/problems.ts
var init_problems = __esm({
  "../schema/src/problems.ts"() {
    "use strict";
  }
});

// ../schema/src/index.ts
var init_src = __esm({
  "../schema/src/index.ts"() {
    "use strict";
    init_address();
    init_agency_level_by_name();
    init_cross_year();
    init_catalogue();
    init_narrative_figures();
    init_obligations();
    init_regulation_making();
    init_template_placeholders();
    init_empty_report();
    init_labels();
    init_problems();
    init_report_schema();
  }
});

// ../engine/src/import/messages.ts
function messageOf(code, params, locale) {
  const message = messages[code];
  return message ? message(params)[locale] : code;
}
var messages;
var init_messages = __esm({
  "../engine/src/import/messages.ts"() {
    "use strict";
    messages = {
      "input.empty": () => ({ zh: "\u8F93\u5165\u4E3A\u7A7A\uFF0C\u6CA1\u6709\u53EF\u8BFB\u53D6\u7684\u5185\u5BB9", en: "The input is empty" }),
      "input.unrecognized": (p) => p.what === "pdf" ? {
        zh: "\u8FD9\u662F PDF \u6587\u4EF6\uFF1A\u8BF7\u590D\u5236\u5176\u4E2D\u7684\u6587\u5B57\uFF08\u6216\u53E6\u5B58\u4E3A Word\uFF09\u540E\u518D\u5BFC\u5165",
        en: "This is a PDF: copy its text out (or save it as Word) and import that"
      } : p.what === "binary" ? {
        zh: "\u8F93\u5165\u662F\u4E8C\u8FDB\u5236\u6570\u636E\uFF0C\u4E0D\u662F\u6587\u672C\u3001\u7F51\u9875\u6216 Office \u6587\u4EF6",
        en: "The input is binary data, not text, a page or an Office file"
      } : {
        zh: `\u5728\u8F93\u5165\u4E2D\uFF08${p.what} \u884C\uFF09\u672A\u627E\u5230\u5E74\u5EA6\u62A5\u544A\u7684\u7AE0\u8282\u6216\u8868\u683C`,
        en: `No section or table of an annual report was found in the input (${p.what} lines)`
      },
      "input.truncated": (p) => ({
        zh: `\u8F93\u5165\u8FC7\u957F\uFF0C\u53EA\u8BFB\u53D6\u4E86\u524D ${p.count} \u884C`,
        en: `The input is too long; only its first ${p.count} lines were read`
      }),
      "json.invalid": (p) => ({
        zh: `JSON \u62A5\u544A\u4E0D\u5408\u683C\u5F0F\uFF1A${p.detail}`,
        en: `The JSON report is invalid: ${p.detail}`
      }),
      "section.not-found": (p) => ({
        zh: `\u672A\u627E\u5230\u300C${p.section}\u300D\u90E8\u5206\u7684\u6807\u9898\u6216\u5185\u5BB9`,
        en: `Section \u201C${p.sectionEn}\u201D was not found (neither heading nor content)`
      }),
      "section.heading-missing": (p) => ({
        zh: `\u672A\u627E\u5230\u300C${p.section}\u300D\u7684\u6807\u9898\uFF0C\u5DF2\u6309\u4F4D\u7F6E\u8BFB\u53D6\u5176\u5185\u5BB9`,
        en: `The heading of section \u201C${p.sectionEn}\u201D is missing; its content was read by position`
      }),
      "section.variant": (p) => ({
        zh: `\u6807\u9898\u300C${p.text}\u300D\u6309\u300C${p.section}\u300D\u8BFB\u53D6`,
        en: `Heading \u201C${p.text}\u201D read as section \u201C${p.sectionEn}\u201D`
      }),
      "section.repeated": (p) => ({
        zh: `\u300C${p.section}\u300D\u7684\u6807\u9898\u91CD\u590D\u51FA\u73B0`,
        en: `The heading of section \u201C${p.sectionEn}\u201D appears again`
      }),
      "row.not-found": (p) => p.nearest ? {
        zh: `\u300C${p.text}\u300D\u4E0D\u662F\u672C\u8868\u7684\u884C\uFF0C\u6700\u63A5\u8FD1\u7684\u662F\u300C${p.nearest}\u300D`,
        en: `\u201C${p.text}\u201D is not a row of the table; the nearest label is \u201C${p.nearest}\u201D`
      } : {
        zh: `\u672A\u627E\u5230\u300C${p.row}\u300D\u4E00\u884C\uFF0C\u5176\u5355\u5143\u683C\u8BB0\u4E3A\u7A7A\uFF08\u4E0D\u662F 0\uFF09`,
        en: `Row \u201C${p.row}\u201D was not found; its cells are blank (not 0)`
      },
      "row.repeated": (p) => ({
        zh: `\u300C${p.row}\u300D\u4E00\u884C\u91CD\u590D\u51FA\u73B0\uFF0C\u53EA\u4FDD\u7559\u7B2C\u4E00\u6B21`,
        en: `Row \u201C${p.row}\u201D appears twice; the first is kept`
      }),
      "row.short": (p) => ({
        zh: `\u300C${p.row}\u300D\u4E00\u884C\u53EA\u6709 ${p.count} \u4E2A\u5355\u5143\u683C\uFF0C\u5E94\u6709 ${p.expected} \u4E2A\uFF0C\u7F3A\u5C11\u7684\u8BB0\u4E3A\u7A7A`,
        en: `Row \u201C${p.row}\u201D has ${p.count} cells instead of ${p.expected}; the missing ones are blank`
      }),
      "row.long": (p) => ({
        zh: `\u300C${p.row}\u300D\u4E00\u884C\u6709 ${p.count} \u4E2A\u5355\u5143\u683C\uFF0C\u5E94\u6709 ${p.expected} \u4E2A\uFF0C\u5DF2\u6309\u52FE\u7A3D\u5173\u7CFB\u548C\u7A7A\u5355\u5143\u683C\u5BF9\u9F50`,
        en: `Row \u201C${p.row}\u201D has ${p.count} cells instead of ${p.expected}; aligned by the sums and blank cells`
      }),
      "row.split": (p) => ({
        zh: `\u300C${p.row}\u300D\u7684\u6570\u5B57\u8FDE\u5728\u4E00\u8D77\uFF08${p.text}\uFF09\uFF0C\u6309\u52FE\u7A3D\u5173\u7CFB\u62C6\u4E3A ${p.values}`,
        en: `The figures of \u201C${p.row}\u201D ran together (${p.text}); split by the sums into ${p.values}`
      }),
      "row.ambiguous": (p) => ({
        zh: `\u300C${p.row}\u300D\u7684\u6570\u5B57\u8FDE\u5728\u4E00\u8D77\uFF08${p.text}\uFF09\uFF0C\u65E0\u6CD5\u552F\u4E00\u62C6\u5206\uFF0C\u5355\u5143\u683C\u8BB0\u4E3A\u7A7A`,
        en: `The figures of \u201C${p.row}\u201D ran together (${p.text}) and cannot be split one way; left blank`
      }),
      "label.variant": (p) => ({
        zh: `\u300C${p.text}\u300D\u6309\u300C${p.label}\u300D\u8BFB\u53D6`,
        en: `\u201C${p.text}\u201D read as \u201C${p.label}\u201D`
      }),
      "value.unreadable": (p) => ({
        zh: `\u5355\u5143\u683C\u300C${p.text}\u300D\u4E0D\u662F\u6570\u5B57\uFF0C\u8BB0\u4E3A\u7A7A`,
        en: `Cell \u201C${p.text}\u201D is not a number; left blank`
      }),
      "value.annotated": (p) => ({
        zh: `\u5355\u5143\u683C\u300C${p.text}\u300D\u8BFB\u4F5C ${p.value}\uFF0C\u9644\u6CE8\u300C${p.note}\u300D\u53E6\u5B58`,
        en: `Cell \u201C${p.text}\u201D read as ${p.value}; the note \u201C${p.note}\u201D is kept`
      }),
      "table.other-format": (p) => ({
        zh: `\u300C${p.section}\u300D\u4F7F\u7528${p.version}\u5E74\u683C\u5F0F\uFF08${p.year}\u5E74\u5EA6\u62A5\u544A\uFF09`,
        en: `Section \u201C${p.sectionEn}\u201D uses the ${p.version} format (report for ${p.year})`
      }),
      "table.format-unknown": (p) => ({
        zh: `\u65E0\u6CD5\u5224\u65AD\u300C${p.section}\u300D\u7684\u683C\u5F0F\u7248\u672C\uFF0C\u6309${p.version}\u5E74\u683C\u5F0F\u8BFB\u53D6`,
        en: `The format of section \u201C${p.sectionEn}\u201D cannot be told; read as ${p.version}`
      }),
      "table.empty": (p) => ({
        zh: `\u300C${p.section}\u300D\u6CA1\u6709\u53EF\u8BFB\u53D6\u7684\u884C`,
        en: `Section \u201C${p.sectionEn}\u201D has no readable rows`
      }),
      "report.blank": () => ({
        zh: "\u62A5\u544A\u4E2D\u6CA1\u6709\u586B\u5199\u4EFB\u4F55\u6570\u5B57\uFF08\u6240\u6709\u5355\u5143\u683C\u4E3A\u7A7A\uFF09",
        en: "Nothing is filled in: every cell is blank"
      }),
      "year.not-found": (p) => ({
        zh: `\u672A\u627E\u5230\u62A5\u544A\u5E74\u5EA6\uFF0C\u6682\u8BB0\u4E3A ${p.year} \u5E74`,
        en: `The year reported on was not found; ${p.year} assumed`
      }),
      "agency.not-found": () => ({ zh: "\u672A\u627E\u5230\u62A5\u544A\u673A\u5173\u540D\u79F0", en: "The reporting body was not found" }),
      "narrative.placeholder": (p) => ({
        zh: `\u300C${p.text}\u300D\u662F\u6A21\u677F\u7684\u5360\u4F4D\u6587\u5B57\uFF0C\u672A\u4F5C\u4E3A\u300C${p.section}\u300D\u7684\u6B63\u6587\u5BFC\u5165`,
        en: `\u201C${p.text}\u201D is the template's placeholder; it was not taken as the text of \u201C${p.sectionEn}\u201D`
      }),
      "text.unplaced": (p) => ({
        zh: `\u7B2C ${p.line} \u884C\u8D77\u7684 ${p.count} \u884C\u6587\u5B57\u672A\u80FD\u5F52\u5165\u4EFB\u4F55\u90E8\u5206\uFF1A\u300C${p.text}\u300D`,
        en: `${p.count} line(s) of text from line ${p.line} could not be placed: \u201C${p.text}\u201D`
      }),
      "text.outside": (p) => ({
        zh: `\u7F51\u9875\u4E2D\u62A5\u544A\u6B63\u6587\u4EE5\u5916\u7684 ${p.count} \u884C\u6587\u5B57\uFF08\u5BFC\u822A\u3001\u9875\u811A\u7B49\uFF09\u672A\u8BFB\u53D6`,
        en: `${p.count} line(s) of the page outside the report (navigation, footer) were not read`
      }),
      "diagnostics.truncated": (p) => ({
        zh: `\u53E6\u6709 ${p.count} \u6761\u63D0\u793A\u672A\u5217\u51FA`,
        en: `${p.count} more diagnostics not listed`
      })
    };
  }
});

// ../engine/src/import/collector.ts
var MAX_DIAGNOSTICS, DiagnosticCollector;
var init_collector = __esm({
  "../engine/src/import/collector.ts"() {
    "use strict";
    init_messages();
    MAX_DIAGNOSTICS = 300;
    DiagnosticCollector = class {
      constructor(locale) {
        this.locale = locale;
      }
      list = [];
      dropped = 0;
      add(code, severity, params, where = {}) {
        if (this.list.length >= MAX_DIAGNOSTICS) {
          this.dropped++;
          return;
        }
        const d = { code, severity, message: messageOf(code, params, this.locale) };
        if (where.line !== void 0) d.line = where.line;
        if (where.section !== void 0) d.section = where.section;
        if (where.path !== void 0) d.path = where.path;
        if (where.source !== void 0) d.source = where.source.slice(0, 200);
        this.list.push(d);
      }
      /** The diagnostics, with a last one saying how many were left out. */
      done() {
        if (this.dropped > 0) {
          this.list.push({
            code: "diagnostics.truncated",
            severity: "info",
            message: messageOf("diagnostics.truncated", { count: this.dropped }, this.locale)
          });
          this.dropped = 0;
        }
        return this.list;
      }
    };
  }
});

// ../engine/src/import/normalize.ts
function nfkc(text2) {
  return NFKC_STABLE.test(text2) ? text2 : text2.normalize("NFKC");
}
function labelKey(text2) {
  const keep = text2.length <= MAX_KEPT;
  const cached2 = keep ? keys.get(text2) : void 0;
  if (cached2 !== void 0) return cached2;
  const folded = nfkc(text2).replace(NOISE_OR_QUOTE, "");
  const key = folded.replace(NUMBERING, "");
  if (keep) {
    if (keys.size >= 8192) keys.clear();
    keys.set(text2, key);
  }
  return key;
}
function numberingOf(text2) {
  const folded = nfkc(text2).replace(NOISE, "");
  return NUMBERING.exec(folded)?.[0] ?? "";
}
var NOISE, NOISE_OR_QUOTE, NUMBERING, NFKC_STABLE, keys, MAX_KEPT;
var init_normalize = __esm({
  "../engine/src/import/normalize.ts"() {
    "use strict";
    NOISE = /[\s*_`#|\\]|\u200b|\u200c|\u200d|\ufeff/g;
    NOISE_OR_QUOTE = /[\s*_`#|\\"'“”‘’「」『』〝〞]|\u200b|\u200c|\u200d|\ufeff/g;
    NUMBERING = /^(?:\(?[一二三四五六七八九十]{1,3}[)、.:]|\(\d{1,2}\)|\d{1,2}[、.:)](?!\d)|第[一二三四五六七八九十]{1,3}部分)+/;
    NFKC_STABLE = /^[\x00-\x7f\u2010\u2012-\u2016\u2018-\u2023\u3001-\u3003\u3008-\u3011\u4e00-\u9fff]*$/;
    keys = /* @__PURE__ */ new Map();
    MAX_KEPT = 64;
  }
});

// ../engine/src/import/lines.ts
function lineOf(no, cells, text2, covered, ancestors) {
  return { no, cells, text: text2, covered, ancestors };
}
function textToLines(text2) {
  const out = [];
  const plain = !CONTROL_OR_CR.test(text2);
  const raw = plain ? text2.split("\n", MAX_LINES) : text2.split(/\r\n|\r|\n/, MAX_LINES);
  const junk = !plain && CONTROL.test(text2);
  for (let i = 0; i < raw.length; i++) {
    const line = junk ? (raw[i] ?? "").replace(CONTROLS, "") : raw[i] ?? "";
    const trimmed = line.trim();
    if (trimmed === "") continue;
    const cells = splitCells(line, trimmed);
    if (cells === void 0) continue;
    out.push(lineOf(i + 1, cells, trimmed));
  }
  return out;
}
function splitCells(line, trimmed = line.trim()) {
  const first = trimmed.charCodeAt(0);
  if (first === PIPE && trimmed.length > 1) {
    if (/^\|[\s:|-]+\|?$/.test(trimmed)) return void 0;
    const inner = trimmed.replace(/^\|/, "").replace(/(?<!\\)\|$/, "");
    return inner.split(/(?<!\\)\|/, MAX_CELLS).map((c) => c.replace(/\\\|/g, "|").trim());
  }
  const stripped = first === HASH ? line.replace(/^\s*#{1,6}\s+/, "") : line;
  if (stripped.includes("	")) {
    const cells = stripped.split("	", MAX_CELLS);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell !== "" && (edgeSpace(cell.charCodeAt(0)) || edgeSpace(cell.charCodeAt(cell.length - 1))))
        cells[i] = cell.trim();
    }
    return cells;
  }
  return splitTrailingFigures(first === HASH ? stripped.trim() : trimmed);
}
function edgeSpace(code) {
  if (code <= 32) return true;
  if (code < 160) return false;
  return code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
}
function splitTrailingFigures(line) {
  if (!FIGURE_END.test(line.charAt(line.length - 1))) return [line];
  const tokens = line.split(/\s+/, MAX_CELLS * 4);
  let start = tokens.length;
  while (start > 0 && FIGURE.test(nfkc(tokens[start - 1] ?? ""))) start--;
  const figures = tokens.length - start;
  if (figures === 0 || figures === 1 && start > 0 && line.length > 40) return [line];
  const label = tokens.slice(0, start).join(" ");
  return label === "" ? tokens.slice(start) : [label, ...tokens.slice(start)];
}
var isBlankCell, MAX_LINES, MAX_CELLS, CONTROLS, CONTROL_OR_CR, CONTROL, PIPE, HASH, FIGURE, FIGURE_END;
var init_lines = __esm({
  "../engine/src/import/lines.ts"() {
    "use strict";
    init_normalize();
    isBlankCell = (cell) => cell === "";
    MAX_LINES = 2e4;
    MAX_CELLS = 64;
    CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
    CONTROL_OR_CR = /[\u0000-\u0008\u000b-\u001f\u007f]/;
    CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
    PIPE = 124;
    HASH = 35;
    FIGURE = /^(?:[+\-−]?\d[\d,.]*(?:[(（][^)）\s]*[)）])?|[/／—–\-－]+|无)$/;
    FIGURE_END = /^[\d/／—–\-－无]$/;
  }
});

// ../engine/src/import/agency.ts
function clean(name) {
  return name.replace(/^(?:名称|标题|题目)[:：]?/, "").replace(/^[《〈「“"'【[]+|[》〉」”"'】\]]+$/g, "").replace(/关于$/, "").trim();
}
function arabicYears(text2) {
  return text2.replace(
    /([〇零一二三四五六七八九]{4})(?=年)/g,
    (y) => [...y].map((c) => CHINESE_DIGITS[c] ?? c).join("")
  );
}
function readTitle(lines, before) {
  const limit = Math.min(lines.length, Math.max(before, 0) + 1, 200);
  for (let i = 0; i < limit; i++) {
    const line = lines[i];
    for (const cell of line.cells) {
      const compact = arabicYears(nfkc(cell).replace(/\s+/g, ""));
      if (compact.length > 80) continue;
      const english = TITLE_EN.exec(compact);
      if (english) return { year: Number(english[2]), agency: clean(english[1] ?? ""), line: line.no };
      const before2 = TITLE.exec(compact);
      const after = before2 ? void 0 : TITLE_YEAR_AFTER.exec(compact);
      if (!before2 && !after) continue;
      const year = Number(before2 ? before2[2] : after?.[2]);
      let agency = before2 ? clean(before2[1] ?? "") || clean(before2[3] ?? "") : clean(after?.[1] ?? "");
      if (!agency && i > 0) {
        const above = lines[i - 1].text.replace(/\s+/g, "");
        if (above.length <= 30 && !/[，。,.：:]/.test(above)) agency = above;
      }
      return agency ? { year, agency, line: line.no } : { year, line: line.no };
    }
  }
  return {};
}
function guessYear(lines) {
  const counts = /* @__PURE__ */ new Map();
  for (const line of lines.slice(0, 60)) {
    for (const m of line.text.matchAll(/((?:19|20)\d{2})\s*年度/g)) {
      const y = Number(m[1]);
      counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  let found;
  for (const [y, n2] of counts) if (found === void 0 || n2 > (counts.get(found) ?? 0)) found = y;
  return found;
}
function fullName(name, says) {
  if (!PLACE_ONLY.test(name)) return name;
  const full = `${name}\u4EBA\u6C11\u653F\u5E9C`;
  return says(full) ? full : name;
}
var TITLE, TITLE_YEAR_AFTER, TITLE_EN, CHINESE_DIGITS, PLACE_ONLY;
var init_agency2 = __esm({
  "../engine/src/import/agency.ts"() {
    "use strict";
    init_normalize();
    TITLE = /^(.*?)((?:19|20)\d{2})年度?(.*?)(?:政府)?(?:信息公开|政务公开)(?:工作)?(?:年度)?(?:工作)?报告/;
    TITLE_YEAR_AFTER = /^(.*?)(?:政府)?(?:信息公开|政务公开)(?:工作)?(?:年度)?报告[(（]((?:19|20)\d{2})年?度?[)）]/;
    TITLE_EN = /^(.+?):annualreport\S*?((?:19|20)\d{2})$/i;
    CHINESE_DIGITS = {
      "\u3007": "0",
      \u96F6: "0",
      \u4E00: "1",
      \u4E8C: "2",
      \u4E09: "3",
      \u56DB: "4",
      \u4E94: "5",
      \u516D: "6",
      \u4E03: "7",
      \u516B: "8",
      \u4E5D: "9"
    };
    PLACE_ONLY = /(?:省|自治区|市|自治州|州|盟|县|自治县|旗|区|乡|镇|街道)$/;
  }
});

// ../engine/src/import/value.ts
function readCell(raw, kind) {
  if (raw === "") return { status: "blank" };
  const plain = plainFigure(raw);
  if (plain !== void 0) return { status: "number", value: plain };
  const text2 = nfkc(raw).replace(/[\s\u200b\ufeff]+/g, " ").trim();
  if (BLANK.test(text2.replace(/\s/g, ""))) return { status: "blank" };
  const match = NUMBER.exec(text2);
  if (!match) return { status: "unreadable", reason: "text" };
  const [whole, sign = "", digits = "", fraction = ""] = match;
  const negative = sign === "-" || sign === "\u2212";
  const value = Number(`${negative ? "-" : ""}${digits.replace(/,/g, "")}${fraction}`);
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER)
    return { status: "unreadable", reason: "text" };
  if (kind !== "amount" && fraction !== "" && !/^\.0+$/.test(fraction)) {
    return { status: "unreadable", reason: "not-whole" };
  }
  if (kind !== "signedCount" && negative && value !== 0) return { status: "unreadable", reason: "negative" };
  const note2 = noteOf(rawRest(raw) ?? text2.slice(whole.length));
  return note2 ? { status: "number", value: value === 0 ? 0 : value, note: note2 } : { status: "number", value: value === 0 ? 0 : value };
}
function rawRest(raw) {
  const m = RAW_NUMBER.exec(raw);
  return m ? raw.slice(m[0].length) : void 0;
}
function noteOf(rest) {
  const trimmed = rest.trim();
  const bracketed = /^[(（[【]([\s\S]*)[)）\]】]$/.exec(trimmed);
  return (bracketed ? bracketed[1] ?? "" : trimmed).trim();
}
function plainFigure(raw) {
  const n2 = raw.length;
  if (n2 === 0 || n2 > 15) return void 0;
  let value = 0;
  for (let i = 0; i < n2; i++) {
    const d = raw.charCodeAt(i) - 48;
    if (d < 0 || d > 9 || d === 0 && i === 0 && n2 > 1) return void 0;
    value = value * 10 + d;
  }
  return value;
}
function looksLikeValue(raw) {
  if (raw === "") return false;
  const c = raw.charCodeAt(0);
  if (c >= 19968 && c <= 40959 && c !== 26080 && c !== 31354) return false;
  if (c === 65288 || c === 40) return false;
  if (plainFigure(raw) !== void 0) return true;
  if (raw.length > MAX_VALUE_TEXT) return false;
  if (NUMBERED.test(raw)) return false;
  if (!FIRST.test(raw)) return false;
  const text2 = nfkc(raw).trim();
  if (text2 === "") return false;
  if (BLANK.test(text2.replace(/\s/g, ""))) return true;
  const match = NUMBER.exec(text2);
  if (!match || /^\d{1,2}[、.](?!\d)/.test(text2)) return false;
  const rest = text2.slice(match[0].length).trim();
  return rest === "" || /^[([【][\s\S]*[)\]】]$/.test(rest) || /^[^\s,.;:，。；：]{1,3}$/.test(rest);
}
function isDigitRun(raw) {
  return /^\d+$/.test(nfkc(raw).trim());
}
var BLANK, FIRST, NUMBER, RAW_NUMBER, MAX_VALUE_TEXT, NUMBERED;
var init_value = __esm({
  "../engine/src/import/value.ts"() {
    "use strict";
    init_normalize();
    BLANK = /^(?:|[/\\／＼]|[-—–－―ー─]+|无|空|n\/?a|null)$/i;
    FIRST = /^\s*[0-9０-９+\-−－—–―ー─/／\\＼无空nN]/;
    NUMBER = /^([+\-−]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/;
    RAW_NUMBER = /^\s*[+\-−＋－]?[0-9０-９][0-9０-９,，.．]*/;
    MAX_VALUE_TEXT = 64;
    NUMBERED = /^\d{1,2}[、.．](?![\d０-９])/;
  }
});

// ../engine/src/import/fit.ts
function fitCells(cells, n2, totalLast) {
  if (cells.length === n2) return { status: "ok", cells };
  if (cells.length > n2) return { status: "ok", cells: window(cells, n2, totalLast), how: "trimmed" };
  const filled = cells.filter((c) => !isEmpty(c));
  if (n2 > 1 && filled.length === 1 && cells.length <= 2 && isDigitRun(filled[0])) {
    const run = filled[0].trim();
    if (run.length >= n2) {
      const splits = splitRun(run, n2, totalLast, MAX_CANDIDATES + 1);
      if (splits.length === 1) return { status: "split", cells: splits[0], run };
      if (splits.length > 1) {
        return { status: "ambiguous", run, candidates: splits.length > MAX_CANDIDATES ? [] : splits };
      }
    }
  }
  return { status: "ok", cells: [...cells, ...Array(n2 - cells.length).fill("")], how: "padded" };
}
function window(cells, n2, totalLast) {
  const candidates = [];
  for (let start = 0; start + n2 <= cells.length; start++) {
    let fits2 = true;
    for (let i = 0; i < cells.length && fits2; i++) {
      if ((i < start || i >= start + n2) && !isEmpty(cells[i])) fits2 = false;
    }
    if (fits2) candidates.push(cells.slice(start, start + n2));
  }
  if (candidates.length === 0) {
    const firstFigure = cells.findIndex((c) => !isEmpty(c));
    return cells.slice(firstFigure, firstFigure + n2);
  }
  if (totalLast) {
    const adding = candidates.filter((c) => c.every((v) => !isEmpty(v)) && addsUp(c));
    if (adding.length > 0) return adding[adding.length - 1];
  }
  return candidates[candidates.length - 1];
}
function addsUp(cells) {
  const nums = cells.map((c) => Number(c.trim()));
  if (nums.some((v, i) => Number.isNaN(v) || isEmpty(cells[i]))) return false;
  const total2 = nums[nums.length - 1];
  return nums.slice(0, -1).reduce((a, b) => a + b, 0) === total2;
}
function splitRun(run, n2, totalLast, max = 2) {
  if (run.length > MAX_RUN) return [];
  const out = [];
  let steps = 0;
  const parts = [];
  const go = (pos, sum) => {
    if (out.length >= max || ++steps > MAX_STEPS) return;
    const left = n2 - parts.length;
    const remaining = run.length - pos;
    if (left === 0) {
      if (remaining === 0) out.push([...parts]);
      return;
    }
    if (remaining < left) return;
    if (left === 1 && totalLast) {
      const last = run.slice(pos);
      if ((last.length === 1 || last[0] !== "0") && Number(last) === sum) out.push([...parts, last]);
      return;
    }
    const maxLen = run[pos] === "0" ? 1 : Math.min(remaining - (left - 1), 9);
    for (let len = 1; len <= maxLen; len++) {
      const piece2 = run.slice(pos, pos + len);
      parts.push(piece2);
      go(pos + len, sum + Number(piece2));
      parts.pop();
    }
  };
  go(0, 0);
  return out;
}
var isEmpty, MAX_CANDIDATES, MAX_STEPS, MAX_RUN;
var init_fit = __esm({
  "../engine/src/import/fit.ts"() {
    "use strict";
    init_value();
    isEmpty = (s) => s.trim() === "";
    MAX_CANDIDATES = 32;
    MAX_STEPS = 2e5;
    MAX_RUN = 40;
  }
});

// ../engine/src/import/similarity.ts
function bigrams(key) {
  const out = /* @__PURE__ */ new Set();
  if (key.length === 1) out.add(key);
  const end = Math.min(key.length, 120);
  for (let i = 0; i + 1 < end; i++) out.add(key.slice(i, i + 2));
  return out;
}
function dice(a, b) {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return 2 * shared / (a.size + b.size);
}
var init_similarity = __esm({
  "../engine/src/import/similarity.ts"() {
    "use strict";
  }
});

// ../engine/src/import/label-index.ts
function planOf(entry, version2) {
  return version2 === "2021" ? entry.plans.v2021 : entry.plans.v2019;
}
function keyOf(text2, via) {
  const key = labelKey(text2);
  return { key, grams: bigrams(key), via };
}
function keysOf(zh, aliases, en) {
  const out = [keyOf(zh, "label"), ...(aliases ?? []).map((a) => keyOf(a, "alias"))];
  if (en) out.push(keyOf(en, "alias"));
  return out.filter((k, i) => k.key !== "" && out.findIndex((o) => o.key === k.key) === i);
}
function push(map, key, value) {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}
function buildIndex() {
  const rows = [];
  const columns = [];
  const fixtures = [];
  for (const table of TABLE_IDS) {
    for (const version2 of FORMAT_VERSIONS) {
      const def = tableDef(table, version2);
      for (const placement of rowsOf(def)) {
        const path = placement.path.join(".");
        let entry = rows.find((r) => r.table === table && r.path === path);
        if (!entry) {
          entry = {
            table,
            path,
            versions: [],
            label: placement.row.label.zh,
            keys: [],
            address: `${table}.${path}`,
            plans: {}
          };
          rows.push(entry);
        }
        entry.versions.push(version2);
        const columns2 = def.blocks[placement.block]?.columns ?? [];
        entry.plans[version2 === "2021" ? "v2021" : "v2019"] = {
          block: placement.block,
          columns: columns2,
          keys: columns2.map((c) => c.key),
          totalLast: columns2[columns2.length - 1]?.isTotal === true,
          slot: -1
        };
        for (const k of keysOf(placement.row.label.zh, placement.row.aliases, placement.row.label.en)) {
          if (!entry.keys.some((o) => o.key === k.key)) entry.keys.push(k);
        }
      }
      def.blocks.forEach((block2, i) => {
        for (const column of block2.columns) {
          columns.push({
            table,
            version: version2,
            block: i,
            column,
            keys: keysOf(column.label.zh, column.aliases, column.label.en),
            exclusive: false
          });
        }
        for (const group of block2.columnGroups ?? []) {
          fixtures.push({ table, kind: "columnGroup", group: group.id, keys: keysOf(group.label.zh, []) });
        }
        if (block2.stubHeader?.zh)
          fixtures.push({ table, kind: "stub", keys: keysOf(block2.stubHeader.zh, []) });
        if (block2.heading) {
          fixtures.push({ table, kind: "blockHeading", block: i, keys: keysOf(block2.heading.zh, []) });
        }
        const walk = (nodes) => {
          for (const node of nodes) {
            if (node.kind === "group") {
              fixtures.push({ table, kind: "group", keys: keysOf(node.label.zh, node.aliases) });
              walk(node.children);
            }
          }
        };
        walk(block2.rows);
      });
      for (const group of def.rowGroups ?? []) {
        fixtures.push({ table, kind: "columnGroup", keys: keysOf(group.label.zh, []) });
      }
      if (def.note) fixtures.push({ table, kind: "note", keys: keysOf(def.note.zh, []) });
    }
  }
  for (const c of columns) {
    const others = columns.filter((o) => o.table === c.table && o.version !== c.version);
    c.exclusive = !c.keys.some((k) => others.some((o) => o.keys.some((ok) => ok.key === k.key)));
  }
  const rowByKey = /* @__PURE__ */ new Map();
  for (const r of rows) for (const k of r.keys) push(rowByKey, k.key, r);
  const columnByKey = /* @__PURE__ */ new Map();
  for (const c of columns) for (const k of c.keys) push(columnByKey, k.key, c);
  const fixtureByKey2 = /* @__PURE__ */ new Map();
  for (const f of fixtures) for (const k of f.keys) push(fixtureByKey2, k.key, f);
  const sectionEntries = sections.map((s) => ({
    id: s.id,
    ordinal: s.ordinal,
    keys: keysOf(s.title.zh, s.aliases, s.title.en)
  }));
  return { rows, rowByKey, columns, columnByKey, fixtures, fixtureByKey: fixtureByKey2, sections: sectionEntries };
}
function labelIndex() {
  index ??= buildIndex();
  return index;
}
function placementsOf(def) {
  let rows = placementCache.get(def);
  if (!rows) {
    rows = rowsOf(def);
    placementCache.set(def, rows);
  }
  return rows;
}
var index, placementCache;
var init_label_index = __esm({
  "../engine/src/import/label-index.ts"() {
    "use strict";
    init_src();
    init_normalize();
    init_similarity();
    placementCache = /* @__PURE__ */ new WeakMap();
  }
});

// ../engine/src/import/skeleton.ts
function planOf2(tree, address2, rowIndex, count) {
  const keys2 = [];
  const children = [];
  let row2 = false;
  for (const [key, value] of Object.entries(tree)) {
    if (value !== null && typeof value === "object") {
      keys2.push(key);
      children.push(planOf2(value, `${address2}.${key}`, rowIndex, count));
    } else row2 = true;
  }
  if (row2) rowIndex.set(address2, count.rows++);
  return { template: tree, keys: keys2, children, row: row2 };
}
function skeletonOf(init, formats) {
  const key = `${init.formatVersion}/${formats.activeDisclosure}/${formats.applications}/${formats.appeals}`;
  let skeleton = skeletons.get(key);
  if (!skeleton) {
    const base = createEmptyReport({ ...init, year: 2021, agency: { name: "-" } });
    const rowIndex = /* @__PURE__ */ new Map();
    const tables2 = {};
    for (const id of TABLE_IDS) {
      tables2[id] = planOf2(base[id], id, rowIndex, { rows: 0 });
    }
    skeleton = { base, tables: tables2, rowIndex };
    skeletons.set(key, skeleton);
  }
  return skeleton;
}
function build(plan, rows) {
  const out = { ...plan.template };
  const { keys: keys2, children } = plan;
  for (let i = 0; i < keys2.length; i++) out[keys2[i]] = build(children[i], rows);
  if (plan.row) rows.push(out);
  return out;
}
function emptyReport(init, formats) {
  const skeleton = skeletonOf(init, formats);
  const { base, tables: tables2, rowIndex } = skeleton;
  const rows = { activeDisclosure: [], applications: [], appeals: [] };
  const built = {};
  for (const id of TABLE_IDS) built[id] = build(tables2[id], rows[id]);
  const report = {
    ...base,
    ...base.tableFormats ? { tableFormats: { ...base.tableFormats } } : {},
    year: init.year,
    agency: { ...init.agency },
    narrative: { overview: "", problems: "", otherMatters: "" },
    activeDisclosure: built.activeDisclosure,
    applications: built.applications,
    appeals: built.appeals
  };
  return {
    report,
    row: (address2) => {
      const index2 = rowIndex.get(address2);
      const table = address2.slice(0, address2.indexOf("."));
      return (index2 === void 0 ? void 0 : rows[table]?.[index2]) ?? rowObject(report, address2);
    },
    slotOf: (table, address2) => address2.startsWith(`${table}.`) ? rowIndex.get(address2) ?? -1 : -1,
    rowAt: (table, slot) => rows[table][slot]
  };
}
function rowObject(report, rowAddress) {
  let node = report;
  for (const segment of rowAddress.split(".")) {
    const next = node[segment];
    if (next === null || typeof next !== "object") node[segment] = {};
    node = node[segment];
  }
  return node;
}
var skeletons;
var init_skeleton = __esm({
  "../engine/src/import/skeleton.ts"() {
    "use strict";
    init_src();
    skeletons = /* @__PURE__ */ new Map();
  }
});

// ../engine/src/import/resolve-runs.ts
function resolveRuns(report, runs, diag) {
  if (runs.length === 0) return 0;
  const rows = runs.map((r) => rowObject(report, r.rowAddress));
  const touched = new Set(runs.map((r) => r.rowAddress));
  const equations = layoutOf(formatsOf(report)).equations.filter(
    (e) => [...e.lhs, ...e.rhs].some((a) => touched.has(a.slice(0, a.lastIndexOf("."))))
  );
  const combinations = runs.reduce((n2, r) => n2 * Math.max(1, r.candidates.length), 1);
  const apply = (choice) => runs.forEach((r, i) => {
    const split = choice ? r.candidates[choice[i]] : void 0;
    r.order.forEach((key, k) => {
      rows[i][key] = split ? Number(split[k]) : null;
    });
  });
  let winner;
  let winners = 0;
  if (combinations <= MAX_COMBINATIONS && runs.every((r) => r.candidates.length > 0)) {
    const choice = runs.map(() => 0);
    for (let n2 = 0; n2 < combinations; n2++) {
      let rest = n2;
      runs.forEach((r, i) => {
        choice[i] = rest % r.candidates.length;
        rest = Math.floor(rest / r.candidates.length);
      });
      apply(choice);
      let held = 0;
      let broken2 = false;
      for (const e of equations) {
        const terms = [...e.lhs, ...e.rhs].map((a) => getCell(report, a));
        if (terms.some((t) => t === null || t === void 0)) continue;
        const sum = (side) => side.reduce((s, a) => s + getCell(report, a), 0);
        if (sum(e.lhs) === sum(e.rhs)) held++;
        else {
          broken2 = true;
          break;
        }
      }
      if (!broken2 && held > 0) {
        winners++;
        winner = [...choice];
      }
    }
  }
  if (winners === 1 && winner) {
    apply(winner);
    runs.forEach((r, i) => {
      const values = r.candidates[winner[i]].join(", ");
      diag.add(
        "row.split",
        "info",
        { row: r.label, text: r.run, values },
        { ...r.where, path: r.rowAddress }
      );
    });
    return runs.reduce((n2, r) => n2 + r.order.length, 0);
  }
  apply(void 0);
  for (const r of runs) {
    diag.add("row.ambiguous", "warning", { row: r.label, text: r.run }, { ...r.where, path: r.rowAddress });
  }
  return 0;
}
var MAX_COMBINATIONS;
var init_resolve_runs = __esm({
  "../engine/src/import/resolve-runs.ts"() {
    "use strict";
    init_src();
    init_skeleton();
    MAX_COMBINATIONS = 4096;
  }
});

// ../engine/src/import/match.ts
function printed(text2) {
  if (text2 === lastText && lastPrinted) return lastPrinted;
  const p = text2.length <= MAX_MEMO_TEXT ? printedMemo.remember(text2, readPrinted) : readPrinted(text2);
  lastText = text2;
  lastPrinted = p;
  return p;
}
function readPrinted(text2) {
  const key = labelKey(text2);
  const exact = exactMatches();
  const long = key === "" || key.length > MAX_LABEL;
  const p = {
    key,
    numbering: numberingOf(text2),
    rows: long ? void 0 : exact.rows.get(key),
    columns: long ? void 0 : exact.columns.get(key),
    fixture: mayBeFixture(text2) ? fixtureByKey(key) : void 0
  };
  return p;
}
function exactMatches() {
  if (exactCache) return exactCache;
  const index2 = labelIndex();
  const matches = (byKey) => {
    const out = /* @__PURE__ */ new Map();
    for (const [key, entries] of byKey) {
      out.set(
        key,
        entries.map((entry) => ({
          entry,
          score: 1,
          via: entry.keys.find((k) => k.key === key)?.via ?? "label"
        }))
      );
    }
    return out;
  };
  exactCache = { rows: matches(index2.rowByKey), columns: matches(index2.columnByKey) };
  return exactCache;
}
function pick2(hits, prefer) {
  if (prefer) {
    for (const hit of hits) if (prefer(hit.entry)) return hit;
  }
  return hits[0];
}
function best(key, hits, all, prefer) {
  if (key === "" || key.length > MAX_LABEL) return void 0;
  if (hits && hits.length > 0) return pick2(hits, prefer);
  let memo = fuzzyMemo.get(all);
  if (!memo) {
    memo = new Memo();
    fuzzyMemo.set(all, memo);
  }
  return memo.remember(key, () => fuzzy(key, all, prefer));
}
function fuzzy(key, all, prefer) {
  const grams = bigrams(key);
  let found;
  for (const entry of all) {
    for (const k of entry.keys) {
      const prefix = key.length >= 4 && k.key.startsWith(key);
      const suffix = k.key.length >= 4 && key.length > k.key.length && key.endsWith(k.key);
      const bound = 2 * Math.min(grams.size, k.grams.size) / (grams.size + k.grams.size);
      if (!prefix && !suffix && (bound < FUZZY_THRESHOLD || found && bound < found.score)) continue;
      let score2 = dice(grams, k.grams);
      let via = "fuzzy";
      if (prefix && score2 < 0.9) {
        score2 = Math.max(score2, 0.8);
        via = "prefix";
      } else if (suffix && score2 < 0.85) {
        score2 = 0.85;
        via = "prefix";
      }
      if (!found || score2 > found.score || score2 === found.score && prefer?.(entry)) {
        found = { entry, score: score2, via };
      }
    }
  }
  return found;
}
function matchRow(text2, prefer) {
  const p = printed(text2);
  return best(p.key, p.rows, labelIndex().rows, prefer);
}
function matchRowCell(text2, prefer) {
  const whole = matchRow(text2, prefer);
  if (whole?.score === 1) return whole;
  const words3 = text2.trim().split(/\s+/, 12);
  for (let k = 1; k < words3.length; k++) {
    const tail = matchRow(words3.slice(k).join(""), prefer);
    if (tail?.score === 1) return tail;
  }
  return whole;
}
function matchRowExact(text2) {
  return printed(text2).rows?.[0]?.entry;
}
function numberingOfLabel(text2) {
  return printed(text2).numbering;
}
function hasExactColumn(text2) {
  return (printed(text2).columns?.length ?? 0) > 0;
}
function matchColumn(text2, prefer) {
  const p = printed(text2);
  return best(p.key, p.columns, labelIndex().columns, prefer);
}
function mayBeFixture(text2) {
  return text2.length <= MAX_FIXTURE_TEXT && !(text2.length > 40 && SENTENCE_END.test(text2));
}
function matchFixture(text2) {
  return mayBeFixture(text2) ? printed(text2).fixture : void 0;
}
function fixtureByKey(key) {
  if (key === "") return void 0;
  const hits = labelIndex().fixtureByKey.get(key);
  if (hits?.[0]) return hits[0];
  if (key.length > 20 && key.length < 80) {
    let grams;
    for (const f of labelIndex().fixtures) {
      if (f.kind !== "note") continue;
      for (const k of f.keys) {
        if (k.key.slice(0, 2) !== key.slice(0, 2)) continue;
        grams ??= bigrams(key);
        if (dice(grams, k.grams) > 0.8) return f;
      }
    }
  }
  return void 0;
}
function matchHeading(text2) {
  if (text2.length > 60 || SUBHEADING.test(text2)) return void 0;
  return headingMemo.remember(text2, headingOf);
}
function headingOf(text2) {
  return SENTENCE.test(text2.replace(/[。.：:]\s*$/, "")) ? void 0 : scoreHeading(text2);
}
function scoreHeading(text2) {
  const normalised = nfkc(text2);
  const ordinal = ORDINAL.exec(normalised);
  const rest = ordinal ? normalised.slice(ordinal[0].length) : normalised;
  const key = labelKey(rest);
  if (key === "" || key.length > 60) return void 0;
  const grams = bigrams(key);
  let found;
  for (const section of labelIndex().sections) {
    for (const k of section.keys) {
      const exact = k.key === key;
      const contains = !exact && key.length <= k.key.length + 12 && key.includes(k.key);
      const score2 = exact ? 1 : contains ? 0.95 : ordinal ? dice(grams, k.grams) : 0;
      if (!found || score2 > found.score) found = { id: section.id, score: score2, exact: exact && k.via === "label" };
    }
  }
  return found && found.score >= 0.7 ? found : void 0;
}
var FUZZY_THRESHOLD, MAX_LABEL, Memo, fuzzyMemo, printedMemo, MAX_MEMO_TEXT, lastText, lastPrinted, exactCache, MAX_FIXTURE_TEXT, SENTENCE_END, ORDINAL, SUBHEADING, SENTENCE, headingMemo;
var init_match = __esm({
  "../engine/src/import/match.ts"() {
    "use strict";
    init_label_index();
    init_normalize();
    init_similarity();
    FUZZY_THRESHOLD = 0.72;
    MAX_LABEL = 80;
    Memo = class {
      constructor(size = 4096) {
        this.size = size;
      }
      map = /* @__PURE__ */ new Map();
      /** The value remembered for `key`, or `compute`'s, remembered. */
      remember(key, compute) {
        const known = this.map.get(key);
        if (known) return known.value;
        const value = compute(key);
        if (this.map.size >= this.size) this.map.clear();
        this.map.set(key, { value });
        return value;
      }
    };
    fuzzyMemo = /* @__PURE__ */ new WeakMap();
    printedMemo = new Memo(8192);
    MAX_MEMO_TEXT = 64;
    MAX_FIXTURE_TEXT = 200;
    SENTENCE_END = /[。；！？]/;
    ORDINAL = /^\s*(?:([一二三四五六七八九十])\s*[、.．，,]|第([一二三四五六七八九十])部分|(\d)\s*[、．]|([一二三四五六七八九十])\s+)/;
    SUBHEADING = /^\s*[(（]/;
    SENTENCE = /[。；！？;!?]/;
    headingMemo = new Memo();
  }
});

// ../engine/src/import/placeholder.ts
function isPlaceholder(text2) {
  if (text2.length > 40 || !OPENING.test(text2)) return false;
  const folded = fold(text2);
  return official.has(folded) || folded.startsWith(opening) && folded.endsWith(")");
}
var fold, official, opening, OPENING;
var init_placeholder = __esm({
  "../engine/src/import/placeholder.ts"() {
    "use strict";
    init_src();
    init_normalize();
    fold = (text2) => nfkc(text2).replace(/\s+/g, "");
    official = new Set(Object.values(narrativePlaceholders).map(fold));
    opening = `(${fold(placeholderOpening)}`;
    OPENING = new RegExp([...placeholderOpening].join("\\s*"));
  }
});

// ../engine/src/import/walk.ts
function nonEmpty(cells) {
  for (let i = 0; i < cells.length; i++) {
    if (isBlankCell(cells[i])) return cells.filter((c) => !isBlankCell(c));
  }
  return cells;
}
function walkLines(lines, diag) {
  const walk = {
    headings: /* @__PURE__ */ new Map(),
    implicit: /* @__PURE__ */ new Map(),
    rows: [],
    headers: [],
    appealsFigures: [],
    narrative: { overview: [], problems: [], otherMatters: [] },
    unplaced: [],
    placeholders: [],
    preamble: []
  };
  let section;
  let lastHeader;
  let headerOpen = false;
  let appealsDone = false;
  let appealsRows = 0;
  const enter = (id, line, implicit) => {
    if (section === id) return;
    section = id;
    headerOpen = false;
    if (implicit && !walk.headings.has(id) && !walk.implicit.has(id)) walk.implicit.set(id, line.no);
  };
  const prose = (line) => {
    const narrative = section ? NARRATIVE[section] : void 0;
    if (narrative && section && isPlaceholder(line.text)) walk.placeholders.push({ line, section });
    else if (narrative) walk.narrative[narrative].push(line.text);
    else if (section === "appeals" && appealsDone) {
      enter("problems", line, true);
      walk.narrative.problems.push(line.text);
    } else if (section === void 0) walk.preamble.push(line);
    else walk.unplaced.push(line);
  };
  const preferTable = (e) => e.table === section;
  const fixtureOf = matchFixture;
  for (let index2 = 0; index2 < lines.length; index2++) {
    const line = lines[index2];
    const filled = nonEmpty(line.cells);
    if (filled.length === 0) continue;
    const firstValue = firstValueOf(line.cells);
    const hasValues = firstValue >= 0;
    if (filled.length === 1 && !hasValues) {
      const heading2 = matchHeading(filled[0]) ?? tableHeadingInParentheses(filled[0], lines[index2 + 1], walk);
      const asRow = heading2 && heading2.score < 1 ? matchRow(filled[0]) : void 0;
      if (heading2 && !(asRow && asRow.score > heading2.score)) {
        const seen = walk.headings.get(heading2.id);
        if (seen) diag.add("section.repeated", "info", sectionParams(heading2.id), { line: line.no });
        else walk.headings.set(heading2.id, { line: line.no, text: filled[0].trim(), heading: heading2 });
        enter(heading2.id, line, false);
        if (heading2.id === "appeals") appealsDone = false;
        continue;
      }
    }
    if (!hasValues && !NARRATIVE[section ?? "overview"]) {
      const columns = [];
      let groups = 0;
      let groupTable;
      const spaced = filled.length === 1 && /\s/.test(filled[0].trim());
      const headerCells = spaced ? filled[0].trim().split(/\s+/, 64) : line.cells;
      for (let position = 0; position < headerCells.length; position++) {
        const cell = headerCells[position];
        if (isBlankCell(cell)) continue;
        const fixture = fixtureOf(cell);
        if (fixture && (fixture.kind === "columnGroup" || fixture.kind === "note" || fixture.kind === "stub")) {
          groups++;
          groupTable ??= fixture.table;
          continue;
        }
        if (fixture) continue;
        const across = matchRowExact(cell);
        if (across && tableDef(across.table, "2021").layout === "transposed") {
          groups++;
          groupTable ??= across.table;
          continue;
        }
        if (numberingOfLabel(cell) !== "") continue;
        if (across && !hasExactColumn(cell)) continue;
        const column = matchColumn(cell, preferTable);
        if (column && column.score >= 0.8) {
          columns.push({ position, entry: column.entry, text: cell.trim(), via: column.via, line: line.no });
        }
      }
      const enough = spaced ? columns.length + groups >= 2 : columns.length > 0 || groups > 0 && filled.length <= 3;
      if (enough) {
        const table = columns[0]?.entry.table ?? groupTable ?? section;
        if (columns.length > 0) {
          if (headerOpen && lastHeader !== void 0 && walk.headers[lastHeader]?.table === table) {
            walk.headers[lastHeader].columns.push(...columns);
          } else {
            walk.headers.push({ table, columns, orders: [] });
            lastHeader = walk.headers.length - 1;
          }
        }
        headerOpen = true;
        if (section !== table && SECTION_IDS.includes(table) && (section === void 0 || !NARRATIVE[section])) {
          enter(table, line, true);
        }
        continue;
      }
    }
    const labelEnd = hasValues ? firstValue : line.cells.length;
    const tableContext = section !== void 0 && !NARRATIVE[section];
    let found;
    const mayBeRow = (hasValues || tableContext || filled.length > 1) && (hasValues || !filled.every((c) => fixtureOf(c)));
    for (let i = mayBeRow ? labelEnd - 1 : -1; i >= 0; i--) {
      const cell = line.cells[i];
      if (isBlankCell(cell)) continue;
      const m = hasValues ? matchRowCell(cell, preferTable) : matchRow(cell, preferTable);
      if (m && m.score >= FUZZY_THRESHOLD) {
        found = { match: m, at: i };
        break;
      }
    }
    if (found) {
      const table = found.match.entry.table;
      if (table === "appeals" && !hasValues) {
        headerOpen = true;
        continue;
      }
      if (section !== table) enter(table, line, true);
      headerOpen = false;
      const row2 = {
        match: found.match,
        label: line.cells[found.at].trim(),
        // Positions a merged cell covers are not cells of their own (行政许可 | one figure over three columns).
        cells: line.covered ? line.cells.slice(found.at + 1).filter((_, i) => !line.covered?.[found.at + 1 + i]) : line.cells.slice(found.at + 1),
        line
      };
      const header = lastHeaderFor(walk.headers, table);
      if (header !== void 0) row2.header = header;
      walk.rows.push(row2);
      if (table === "appeals") appealsDone = ++appealsRows >= 3;
      continue;
    }
    const previous = walk.rows[walk.rows.length - 1];
    if (hasValues && previous && previous.line === lines[index2 - 1] && previous.cells.every((c) => c.trim() === "") && previous.match.entry.table !== "appeals" && filled.every(looksLikeValue)) {
      previous.cells = line.cells.filter((c, i) => !line.covered?.[i] && (c.trim() !== "" || i > 0));
      continue;
    }
    if (hasValues && section === "appeals" && !appealsDone && filled.every(looksLikeValue)) {
      walk.appealsFigures.push({ cells: line.cells.filter((_, i) => !line.covered?.[i]), line });
      const count = walk.appealsFigures.reduce((a, f) => a + f.cells.length, 0);
      appealsDone = count >= 15;
      headerOpen = false;
      continue;
    }
    if (!hasValues && filled.length <= 2 && filled.every((c) => fixtureOf(c))) {
      const fixture = fixtureOf(filled[0]);
      if (section !== fixture.table && tableContext) enter(fixture.table, line, true);
      continue;
    }
    if (tableContext && hasValues && filled.length > 1 && line.cells[0]?.trim() !== "") {
      const label = line.cells.slice(0, labelEnd).filter((c) => c.trim() !== "").pop() ?? "";
      const nearest = label ? matchRow(label, preferTable) : void 0;
      if (nearest && section !== "appeals") {
        diag.add(
          "row.not-found",
          "warning",
          { text: label, nearest: nearest.entry.label },
          { line: line.no, section, path: `${nearest.entry.table}.${nearest.entry.path}`, source: line.text }
        );
        continue;
      }
    }
    prose(line);
  }
  return walk;
}
function firstValueOf(cells) {
  for (let i = 0; i < cells.length; i++) if (looksLikeValue(cells[i])) return i;
  return -1;
}
function tableHeadingInParentheses(text2, next, walk) {
  if (!next || !/^\s*[(（][一二三四五六七八九十][)）]/.test(text2)) return void 0;
  if (TABLE_IDS.every((id) => walk.headings.has(id))) return void 0;
  const first = nonEmpty(next.cells)[0] ?? "";
  if (first === "" || first.length > 40) return void 0;
  const heading2 = matchHeading(text2.replace(/^\s*[(（]([一二三四五六七八九十])[)）]/, "$1\u3001"));
  if (!heading2 || heading2.score < 0.95 || walk.headings.has(heading2.id)) return void 0;
  const column = matchColumn(first);
  const table = matchFixture(first)?.table ?? (column?.score === 1 ? column.entry.table : matchRowExact(first)?.table);
  return table === heading2.id ? heading2 : void 0;
}
function lastHeaderFor(headers, table) {
  for (let i = headers.length - 1; i >= 0; i--) if (headers[i].table === table) return i;
  return void 0;
}
function sectionParams(id) {
  return { section: sectionLabel(id, "zh"), sectionEn: sectionLabel(id, "en") };
}
var NARRATIVE;
var init_walk = __esm({
  "../engine/src/import/walk.ts"() {
    "use strict";
    init_src();
    init_lines();
    init_match();
    init_placeholder();
    init_value();
    NARRATIVE = {
      overview: "overview",
      problems: "problems",
      otherMatters: "otherMatters"
    };
  }
});

// ../engine/src/import/assemble.ts
function assemble(walk, allLines, diag, options) {
  const nothing = walk.headings.size === 0 && walk.rows.length === 0 && walk.appealsFigures.length === 0;
  if (nothing && !options.quiet) diag.add("input.unrecognized", "error", { what: `${allLines.length}` });
  const quiet = options.quiet === true || nothing;
  const titleLines = options.titleLines?.length ? options.titleLines : walk.preamble.length > 0 ? walk.preamble : allLines.slice(0, 10);
  const title3 = readTitle(titleLines, titleLines.length);
  const year = title3.year ?? guessYear(allLines) ?? options.year;
  const fallbackYear = year ?? (/* @__PURE__ */ new Date()).getUTCFullYear() - 1;
  if (year === void 0 && !quiet) diag.add("year.not-found", "warning", { year: fallbackYear });
  const says = (words3) => (options.titleLines ?? []).some((l) => l.text.includes(words3)) || allLines.some((l) => l.text.includes(words3));
  const agencyName = title3.agency ? fullName(title3.agency, says) : options.agency;
  if (!agencyName && !quiet) diag.add("agency.not-found", "warning", {});
  const name = agencyName ?? UNKNOWN_AGENCY;
  const level = agencyName ? inferAgencyLevel(name) : void 0;
  const formats = decideFormats(walk, year ?? fallbackYear, diag);
  reportHeaderVariants(walk, formats, diag);
  if (quiet) {
    return createEmptyReport({
      formatVersion: formats.activeDisclosure,
      year: year ?? fallbackYear,
      agency: { name }
    });
  }
  const formatVersion = formats.activeDisclosure === "2021" || formats.applications === "2021" ? "2021" : "2019";
  const tableFormats = {};
  if (formats.activeDisclosure !== formatVersion) tableFormats.activeDisclosure = formats.activeDisclosure;
  if (formats.applications !== formatVersion) tableFormats.applications = formats.applications;
  const blank3 = emptyReport(
    {
      formatVersion,
      ...Object.keys(tableFormats).length > 0 ? { tableFormats } : {},
      year: year ?? fallbackYear,
      agency: level ? { name, level } : { name }
    },
    formats
  );
  const { report } = blank3;
  const placed2 = { rows: /* @__PURE__ */ new Set(), values: 0, runs: [] };
  const placing = { blank: blank3, formats, walk, placed: placed2, annotations: {}, diag, year: report.year };
  for (const row2 of walk.rows) placeRow(placing, row2);
  placeAppealsFigures(placing, report.formatVersion);
  placed2.values += resolveRuns(report, placed2.runs, diag);
  if (Object.keys(placing.annotations).length > 0) report.annotations = placing.annotations;
  report.narrative = {
    overview: walk.narrative.overview.join("\n"),
    problems: walk.narrative.problems.join("\n"),
    otherMatters: walk.narrative.otherMatters.join("\n")
  };
  const missing2 = reportSections(walk, placed2, diag);
  if (missing2.length > 0) report.missingSections = missing2;
  reportMissingRows(report, walk, placed2, missing2, diag);
  reportUnplaced(walk, title3.line, diag);
  for (const { line, section } of walk.placeholders) {
    diag.add(
      "narrative.placeholder",
      "warning",
      { text: line.text, ...sectionParams(section) },
      { line: line.no, section, source: line.text }
    );
  }
  if (placed2.values === 0) {
    diag.add("report.blank", "warning", {});
  }
  return report;
}
function decideFormats(walk, year, diag) {
  const votes = { activeDisclosure: new Votes(), applications: new Votes() };
  for (const header of walk.headers) {
    if (header.table === "appeals") continue;
    for (const { entry } of header.columns) if (entry.exclusive) votes[header.table].add(entry.version, 1);
  }
  for (const row2 of walk.rows) {
    const { table, versions, plans: plans2 } = row2.match.entry;
    if (table === "appeals") continue;
    if (versions.length === 1) votes[table].add(versions[0], 2);
    let figures = 0;
    for (let i = 0; i < row2.cells.length; i++) if (row2.cells[i] !== "") figures++;
    const width2021 = plans2.v2021?.keys.length ?? 0;
    const width2019 = plans2.v2019?.keys.length ?? 0;
    if (figures > width2021 && figures <= width2019) votes[table].add("2019", 1);
    else if (figures > width2019 && figures <= width2021) votes[table].add("2021", 1);
  }
  const byYear = year >= 2021 ? "2021" : "2019";
  const pick3 = (v, fallback) => v.v2021 > v.v2019 ? "2021" : v.v2019 > v.v2021 ? "2019" : fallback;
  const active = pick3(votes.activeDisclosure, byYear);
  const hasActive = votes.activeDisclosure.total > 0;
  const applications = pick3(votes.applications, hasActive ? active : byYear);
  const formats = { activeDisclosure: active, applications, appeals: active };
  for (const table of ["activeDisclosure", "applications"]) {
    const present = walk.rows.some((r) => r.match.entry.table === table);
    if (!present) continue;
    if (votes[table].total === 0) {
      diag.add(
        "table.format-unknown",
        "info",
        { ...sectionParams(table), version: formats[table] },
        { section: table }
      );
    } else if (formats[table] !== byYear) {
      diag.add(
        "table.other-format",
        "warning",
        { ...sectionParams(table), version: formats[table], year },
        { section: table }
      );
    }
  }
  return formats;
}
function columnOrder(row2, walk, version2, plan) {
  const header = row2.header === void 0 ? void 0 : walk.headers[row2.header];
  if (!header) return plan.keys;
  const orders = header.orders;
  for (let i = orders.length - 1; i >= 0; i--)
    if (orders[i].columns === plan.columns) return orders[i].order;
  const order = computeColumnOrder(row2.match.entry.table, header, version2, plan);
  orders.push({ columns: plan.columns, order });
  return order;
}
function computeColumnOrder(table, header, version2, plan) {
  const { keys: keys2, block: block2 } = plan;
  const mine = header.columns.filter(
    (c) => c.entry.table === table && c.entry.version === version2 && c.entry.block === block2
  );
  const positions = new Set(mine.map((c) => c.position));
  const named = new Set(mine.map((c) => c.entry.column.key));
  if (mine.length !== keys2.length || positions.size !== keys2.length || named.size !== keys2.length)
    return keys2;
  const order = [...mine].sort((a, b) => a.position - b.position).map((c) => c.entry.column.key);
  return order.every((key, i) => key === keys2[i]) ? keys2 : order;
}
function placeRow(p, row2) {
  const { entry } = row2.match;
  const { diag, placed: placed2 } = p;
  const version2 = p.formats[entry.table];
  const where = { line: row2.line.no, section: entry.table, source: row2.line.text };
  const rowAddress = entry.address;
  const plan = planOf(entry, version2);
  if (plan === void 0) {
    diag.add(
      "table.other-format",
      "warning",
      { ...sectionParams(entry.table), version: version2, year: p.year },
      {
        ...where,
        path: rowAddress
      }
    );
    return;
  }
  if (placed2.rows.has(rowAddress)) {
    diag.add("row.repeated", "info", { row: entry.label }, { ...where, path: rowAddress });
    return;
  }
  placed2.rows.add(rowAddress);
  if (row2.match.via !== "label") {
    diag.add(
      "label.variant",
      "info",
      { text: row2.label, label: entry.label },
      { ...where, path: rowAddress }
    );
  }
  if (row2.cells.every(isBlankCell)) return;
  const order = columnOrder(row2, p.walk, version2, plan);
  const fitted = fitCells(row2.cells, order.length, plan.totalLast && order.at(-1) === plan.keys.at(-1));
  if (fitted.status === "ambiguous") {
    placed2.runs.push({
      rowAddress,
      label: entry.label,
      run: fitted.run,
      order,
      candidates: fitted.candidates,
      where
    });
    return;
  }
  if (fitted.status === "split") {
    diag.add(
      "row.split",
      "info",
      { row: entry.label, text: fitted.run, values: fitted.cells.join(", ") },
      {
        ...where,
        path: rowAddress
      }
    );
  } else if (fitted.how === "padded" && row2.cells.some((c) => c.trim() !== "")) {
    diag.add(
      "row.short",
      "info",
      { row: entry.label, count: row2.cells.length, expected: order.length },
      { ...where, path: rowAddress }
    );
  } else if (fitted.how === "trimmed" && row2.cells.filter((c) => c.trim() !== "").length > order.length) {
    diag.add(
      "row.long",
      "warning",
      { row: entry.label, count: row2.cells.length, expected: order.length },
      { ...where, path: rowAddress }
    );
  }
  if (plan.slot < 0) plan.slot = p.blank.slotOf(entry.table, rowAddress);
  const target = plan.slot < 0 ? p.blank.row(rowAddress) : p.blank.rowAt(entry.table, plan.slot);
  const columns = order === plan.keys ? plan.columns : order.map((k) => plan.columns.find((c) => c.key === k));
  for (let i = 0; i < order.length; i++) {
    placeValue(p, target, rowAddress, order[i], fitted.cells[i] ?? "", columns[i].kind, where);
  }
}
function placeValue(p, target, rowAddress, key, text2, kind, where) {
  if (text2 === "") return;
  const plain = plainFigure(text2);
  if (plain !== void 0) {
    target[key] = plain;
    p.placed.values++;
    return;
  }
  const reading = readCell(text2, kind);
  if (reading.status === "number") {
    target[key] = reading.value;
    p.placed.values++;
    if (reading.note) {
      const address2 = `${rowAddress}.${key}`;
      p.annotations[address2] = reading.note;
      p.diag.add(
        "value.annotated",
        "info",
        { text: text2.trim(), value: reading.value, note: reading.note },
        {
          ...where,
          path: address2
        }
      );
    }
  } else if (reading.status === "unreadable") {
    p.diag.add(
      "value.unreadable",
      "warning",
      { text: text2.trim() },
      { ...where, path: `${rowAddress}.${key}` }
    );
  }
}
function placeAppealsFigures(p, version2) {
  const { walk, placed: placed2 } = p;
  if (walk.appealsFigures.length === 0) return;
  const def = tableDef("appeals", version2);
  const rows = catalogueRows("appeals", def);
  const columns = def.blocks[0]?.columns ?? [];
  const cells = [];
  for (const f of walk.appealsFigures) for (const c of f.cells) cells.push(c);
  const n2 = rows.length * columns.length;
  const fitted = fitCells(cells, n2, false);
  if (fitted.status !== "ok") return;
  const first = walk.appealsFigures[0].line;
  rows.forEach((r, ri) => {
    const rowAddress = r.address;
    if (placed2.rows.has(rowAddress)) return;
    placed2.rows.add(rowAddress);
    const target = p.blank.row(rowAddress);
    const where = { line: first.no, section: "appeals", source: first.text };
    columns.forEach((column, ci) => {
      const text2 = fitted.cells[ri * columns.length + ci] ?? "";
      placeValue(p, target, rowAddress, column.key, text2, column.kind, where);
    });
  });
}
function reportSections(walk, placed2, diag) {
  const missing2 = [];
  for (const id of SECTION_IDS) {
    const heading2 = walk.headings.get(id);
    if (heading2) {
      if (!heading2.heading.exact) {
        diag.add(
          "section.variant",
          "info",
          { ...sectionParams(id), text: heading2.text },
          { line: heading2.line, section: id }
        );
      }
      continue;
    }
    const isTable = TABLE_IDS.includes(id);
    const hasContent = isTable ? [...placed2.rows].some((p) => p.startsWith(`${id}.`)) || id === "appeals" && walk.appealsFigures.length > 0 : walk.implicit.has(id);
    if (hasContent && isTable) {
      diag.add("section.heading-missing", "warning", sectionParams(id), {
        section: id,
        line: walk.implicit.get(id)
      });
    } else if (hasContent) {
      diag.add("section.heading-missing", "warning", sectionParams(id), {
        section: id,
        line: walk.implicit.get(id)
      });
      missing2.push(id);
    } else {
      diag.add("section.not-found", "error", sectionParams(id), { section: id });
      missing2.push(id);
    }
  }
  return missing2;
}
function catalogueRows(table, def) {
  let rows = rowLists.get(def);
  if (!rows) {
    rows = placementsOf(def).map((r) => ({ address: `${table}.${r.path.join(".")}`, label: r.row.label.zh }));
    rowLists.set(def, rows);
  }
  return rows;
}
function reportMissingRows(report, walk, placed2, missing2, diag) {
  const formats = formatsOf(report);
  for (const table of TABLE_IDS) {
    if (missing2.includes(table)) continue;
    const rows = catalogueRows(table, tableDef(table, formats[table]));
    if (!rows.some((r) => placed2.rows.has(r.address))) {
      const appealsHeader = table === "appeals" && walk.headers.some((h) => h.table === "appeals");
      if (!appealsHeader && (table !== "appeals" || walk.appealsFigures.length === 0)) {
        diag.add("table.empty", "warning", sectionParams(table), { section: table });
      }
      continue;
    }
    for (const r of rows) {
      if (!placed2.rows.has(r.address)) {
        diag.add("row.not-found", "warning", { row: r.label }, { section: table, path: r.address });
      }
    }
  }
}
function reportHeaderVariants(walk, formats, diag) {
  for (const header of walk.headers) {
    for (const c of header.columns) {
      if (c.via === "label" || c.entry.version !== formats[c.entry.table]) continue;
      diag.add(
        "label.variant",
        "info",
        { text: c.text, label: c.entry.column.label.zh },
        { line: c.line, section: c.entry.table, source: c.text }
      );
    }
  }
}
function reportUnplaced(walk, titleLine, diag) {
  const runs = (lines, severity) => {
    let start;
    let last = -2;
    let count = 0;
    const flush = () => {
      if (start)
        diag.add(
          "text.unplaced",
          severity,
          { line: start.no, count, text: start.text.slice(0, 60) },
          { line: start.no, source: start.text }
        );
    };
    for (const line of lines) {
      if (line.no === titleLine) continue;
      if (line.no !== last + 1 || !start) {
        flush();
        start = line;
        count = 0;
      }
      count++;
      last = line.no;
    }
    flush();
  };
  runs(walk.preamble, "info");
  runs(walk.unplaced, "warning");
}
var UNKNOWN_AGENCY, Votes, rowLists;
var init_assemble = __esm({
  "../engine/src/import/assemble.ts"() {
    "use strict";
    init_src();
    init_agency2();
    init_fit();
    init_label_index();
    init_lines();
    init_resolve_runs();
    init_skeleton();
    init_value();
    init_walk();
    UNKNOWN_AGENCY = "\uFF08\u672A\u8BC6\u522B\uFF09";
    Votes = class {
      v2021 = 0;
      v2019 = 0;
      add(version2, n2) {
        if (version2 === "2021") this.v2021 += n2;
        else this.v2019 += n2;
      }
      get total() {
        return this.v2021 + this.v2019;
      }
    };
    rowLists = /* @__PURE__ */ new WeakMap();
  }
});

// ../engine/src/import/read-lines.ts
function readLines(lines, options, collector = new DiagnosticCollector(options.locale ?? "zh")) {
  const walk = walkLines(lines, collector);
  const report = assemble(walk, lines, collector, options);
  return { report, diagnostics: collector.done() };
}
var init_read_lines = __esm({
  "../engine/src/import/read-lines.ts"() {
    "use strict";
    init_assemble();
    init_collector();
    init_walk();
  }
});

// ../../../../../tmp/ocr/dbg.ts
import { writeFileSync } from "node:fs";

// src/confirm.ts
var LOW_CONFIDENCE = 90;
var words = {
  zh: {
    sum: "\u4E0E\u76F8\u5173\u5408\u8BA1\u4E0D\u7B26",
    "low-confidence": "\u8BC6\u522B\u628A\u63E1\u4E0D\u8DB3",
    unchecked: "\u6B64\u683C\u6CA1\u6709\u5408\u8BA1\u53EF\u6838\u5BF9",
    unreadable: "\u672A\u80FD\u8BC6\u522B\u4E3A\u6570\u5B57\uFF0C\u6682\u7559\u7A7A",
    blank: "\u626B\u63CF\u4EF6\u4E0A\u6B64\u683C\u7A7A\u767D\uFF0C\u6682\u7559\u7A7A\uFF08\u7A7A\u767D\u4E0D\u662F 0\uFF09",
    "row-guessed": "\u884C\u540D\u8BC6\u522B\u4E0D\u6E05\uFF0C\u6309\u6700\u63A5\u8FD1\u7684\u884C\u540D\u5F52\u5165",
    "not-found": "\u626B\u63CF\u4EF6\u4E2D\u672A\u627E\u5230\u6B64\u683C\u6240\u5728\u7684\u884C\uFF0C\u6682\u7559\u7A7A"
  },
  en: {
    sum: "does not agree with its totals",
    "low-confidence": "read with low confidence",
    unchecked: "no total checks this cell",
    unreadable: "not read as a number, left blank",
    blank: "blank on the scan, left blank (blank is not 0)",
    "row-guessed": "row label unclear, placed by the closest label",
    "not-found": "its row was not found on the scan, left blank"
  }
};
function reasonText(reasons, locale = "zh") {
  return reasons.map((r) => words[locale][r]).join(locale === "zh" ? "\uFF1B" : "; ");
}

// ../engine/src/import/text.ts
init_collector();
init_lines();
init_read_lines();
function importText(text2, options = {}) {
  const collector = new DiagnosticCollector(options.locale ?? "zh");
  return { ...readLines(textToLines(text2), options, collector), kind: "text" };
}

// ../engine/src/validate/rules.ts
var both = ["2021", "2019"];
var rules = [
  {
    id: "cell.invalid",
    severity: "error",
    title: { zh: "\u5355\u5143\u683C\u53D6\u503C\u65E0\u6548", en: "Invalid cell value" },
    explanation: {
      zh: "\u6BCF\u4E2A\u5355\u5143\u683C\u5E94\u586B\u4E0D\u5C0F\u4E8E 0 \u7684\u6574\u6570\uFF1B\u6536\u8D39\u91D1\u989D\u3001\u91C7\u8D2D\u91D1\u989D\u53EF\u4E3A\u5C0F\u6570\uFF1B2019 \u7248\u7684\u300C\u672C\u5E74\u589E/\u51CF\u300D\u53EF\u4E3A\u8D1F\u6570\u3002",
      en: "Each cell holds a whole number \u2265 0; fee and procurement amounts may be decimals; the 2019 \u201Cchange this year\u201D may be negative."
    },
    versions: both
  },
  {
    id: "cell.blank",
    severity: "warning",
    title: { zh: "\u5355\u5143\u683C\u7A7A\u767D", en: "Blank cell" },
    explanation: {
      zh: "\u7A7A\u767D\u4E0D\u7B49\u4E8E 0\uFF1A\u6CA1\u6709\u53D1\u751F\u7684\u4E8B\u9879\u5E94\u586B 0\uFF0C\u7528\u5230\u7A7A\u767D\u5355\u5143\u683C\u7684\u6838\u5BF9\u53EA\u80FD\u62A5\u544A\u201C\u65E0\u6CD5\u6838\u5BF9\u201D\u3002",
      en: "Blank is not 0: enter 0 for what did not happen; checks that need a blank cell can only report that they could not be made."
    },
    versions: both
  },
  {
    id: "applications.balance",
    severity: "error",
    title: { zh: "\u7533\u8BF7\u6570\u7684\u52FE\u7A3D\u5173\u7CFB\uFF08\u4E00+\u4E8C=\u4E09+\u56DB\uFF09", en: "Requests balance (I + II = III + IV)" },
    explanation: {
      zh: "\u7B2C\u4E09\u90E8\u5206\u6BCF\u4E00\u5217\uFF1A\u672C\u5E74\u65B0\u6536\u52A0\u4E0A\u5E74\u7ED3\u8F6C\uFF0C\u7B49\u4E8E\u672C\u5E74\u5EA6\u529E\u7406\u7ED3\u679C\u603B\u8BA1\u52A0\u7ED3\u8F6C\u4E0B\u5E74\u5EA6\u7EE7\u7EED\u529E\u7406\uFF08\u8868\u5934\u6CE8\u660E\u7684\u52FE\u7A3D\u5173\u7CFB\uFF09\u3002",
      en: "In every column of section 3, new requests plus those carried over equal the results total plus those carried forward (the note printed above the table)."
    },
    versions: both
  },
  {
    id: "applications.results-sum",
    severity: "error",
    title: { zh: "\u529E\u7406\u7ED3\u679C\u603B\u8BA1", en: "Results total" },
    explanation: {
      zh: "\u7B2C\u4E09\u90E8\u5206\u6BCF\u4E00\u5217\uFF1A\u300C\uFF08\u4E03\uFF09\u603B\u8BA1\u300D\u7B49\u4E8E\u300C\uFF08\u4E00\uFF09\u4E88\u4EE5\u516C\u5F00\u300D\u81F3\u300C\uFF08\u516D\uFF09\u5176\u4ED6\u5904\u7406\u300D\u5404\u884C\u4E4B\u548C\u3002",
      en: "In every column of section 3, \u201C(7) Total\u201D equals the sum of the result rows from \u201C(1) Disclosed\u201D to \u201C(6) Otherwise handled\u201D."
    },
    versions: both
  },
  {
    id: "applications.row-sum",
    severity: "error",
    title: { zh: "\u5404\u884C\u603B\u8BA1", en: "Row totals" },
    explanation: {
      zh: "\u7B2C\u4E09\u90E8\u5206\u6BCF\u4E00\u884C\uFF1A\u300C\u603B\u8BA1\u300D\u5217\u7B49\u4E8E\u81EA\u7136\u4EBA\u548C\u4E94\u7C7B\u6CD5\u4EBA\u6216\u5176\u4ED6\u7EC4\u7EC7\u5404\u5217\u4E4B\u548C\u3002",
      en: "In every row of section 3, the \u201CTotal\u201D column equals the six applicant columns added up."
    },
    versions: both
  },
  {
    id: "appeals.group-sum",
    severity: "error",
    title: { zh: "\u590D\u8BAE\u3001\u8BC9\u8BBC\u603B\u8BA1", en: "Review and lawsuit totals" },
    explanation: {
      zh: "\u7B2C\u56DB\u90E8\u5206\u884C\u653F\u590D\u8BAE\u548C\u4E24\u7C7B\u884C\u653F\u8BC9\u8BBC\u5404\u81EA\u7684\u300C\u603B\u8BA1\u300D\u7B49\u4E8E\u7ED3\u679C\u7EF4\u6301\u3001\u7ED3\u679C\u7EA0\u6B63\u3001\u5176\u4ED6\u7ED3\u679C\u3001\u5C1A\u672A\u5BA1\u7ED3\u4E4B\u548C\u3002",
      en: "In section 4, each total of reviews and of both kinds of lawsuits equals upheld + corrected + other + pending."
    },
    versions: both
  },
  {
    id: "active.regulations-level",
    severity: "warning",
    title: { zh: "\u89C4\u7AE0\u4E0E\u673A\u5173\u5C42\u7EA7", en: "Regulations and the body\u2019s level" },
    explanation: {
      zh: "\u53EA\u6709\u56FD\u52A1\u9662\u90E8\u95E8\u3001\u7701\u7EA7\u548C\u8BBE\u533A\u7684\u5E02\u3001\u81EA\u6CBB\u5DDE\u4EBA\u6C11\u653F\u5E9C\u80FD\u5236\u5B9A\u89C4\u7AE0\uFF1B\u53BF\u7EA7\u3001\u4E61\u9547\u548C\u8857\u9053\u62A5\u544A\u89C4\u7AE0\u662F\u9519\u8BEF\u7684\u3002",
      en: "Only State Council departments, provinces and districted cities or autonomous prefectures make regulations; a county, township or street body reporting them is wrong."
    },
    versions: both
  },
  {
    id: "format.outdated",
    severity: "warning",
    title: { zh: "\u4F7F\u7528\u4E86\u65E7\u7248\u683C\u5F0F", en: "Outdated format" },
    explanation: {
      zh: "2021 \u5E74\u5EA6\u8D77\u7684\u62A5\u544A\u5E94\u4F7F\u7528\u56FD\u529E\u516C\u5F00\u529E\u51FD\u30142021\u301530\u53F7\u7684\u8868\u683C\uFF0C\u4E0D\u80FD\u518D\u7528 2019 \u7248\uFF08\u6574\u8868\uFF0C\u6216\u53EA\u5728\u7B2C\u4E09\u90E8\u5206\u7528\u4E00\u884C\u300C\uFF08\u516D\uFF09\u5176\u4ED6\u5904\u7406\u300D\uFF09\u3002",
      en: "Reports on 2021 onward use the tables of \u56FD\u529E\u516C\u5F00\u529E\u51FD\u30142021\u301530\u53F7, not the 2019 ones (whole, or only section 3\u2019s single \u201C(6) Otherwise handled\u201D row)."
    },
    versions: ["2019"]
  },
  {
    id: "structure.missing-section",
    severity: "error",
    title: { zh: "\u7F3A\u5C11\u90E8\u5206", en: "Missing section" },
    explanation: {
      zh: "\u62A5\u544A\u5E94\u5305\u542B\u5168\u90E8\u516D\u4E2A\u90E8\u5206\uFF1A\u603B\u4F53\u60C5\u51B5\u3001\u4E09\u5F20\u8868\u3001\u5B58\u5728\u7684\u4E3B\u8981\u95EE\u9898\u53CA\u6539\u8FDB\u60C5\u51B5\u3001\u5176\u4ED6\u9700\u8981\u62A5\u544A\u7684\u4E8B\u9879\u3002",
      en: "A report has all six sections: the overview, the three tables, problems and improvements, and other matters."
    },
    versions: both
  },
  {
    id: "narrative.table-mismatch",
    severity: "warning",
    title: { zh: "\u6B63\u6587\u6570\u5B57\u4E0E\u8868\u683C\u4E0D\u7B26", en: "Narrative figure differs from the table" },
    explanation: {
      zh: "\u6B63\u6587\u4E2D\u5199\u51FA\u7684\u6536\u5230\u3001\u4E0A\u5E74\u7ED3\u8F6C\u3001\u529E\u7ED3\u3001\u7ED3\u8F6C\u4E0B\u5E74\u5EA6\u7684\u7533\u8BF7\u6570\uFF0C\u884C\u653F\u590D\u8BAE\u3001\u884C\u653F\u8BC9\u8BBC\u6570\uFF0C\u73B0\u884C\u6709\u6548\u6587\u4EF6\u6570\u548C\u884C\u653F\u4E8B\u4E1A\u6027\u6536\u8D39\uFF0C\u5E94\u4E0E\u8868\u683C\u4E00\u81F4\uFF08\u300C\u53D7\u7406\u300D\u5E38\u6307\u4E00+\u4E8C\uFF0C\u4E24\u79CD\u53E3\u5F84\u90FD\u7B97\u4E00\u81F4\uFF09\u3002",
      en: "Figures stated in the text (requests received, carried over, answered, carried forward, reviews, lawsuits, documents in force, administrative fees) equal their cells (\u201Creceived\u201D often means I + II; either scope agrees)."
    },
    versions: both
  },
  {
    id: "narrative.fees-unreported",
    severity: "warning",
    title: { zh: "\u672A\u8BF4\u660E\u4FE1\u606F\u5904\u7406\u8D39", en: "Processing fees not reported" },
    explanation: {
      zh: "2021 \u5E74\u5EA6\u8D77\uFF0C\u300C\u516D\u3001\u5176\u4ED6\u9700\u8981\u62A5\u544A\u7684\u4E8B\u9879\u300D\u5E94\u8BF4\u660E\u662F\u5426\u6536\u53D6\u4FE1\u606F\u5904\u7406\u8D39\uFF08\u56FD\u529E\u51FD\u30142020\u3015109\u53F7\uFF09\uFF1B\u5199\u201C\u672A\u53D1\u751F\u6536\u8D39\u60C5\u51B5\u201D\u4E5F\u7B97\u8BF4\u660E\u3002",
      en: "From 2021, section 6 says whether information processing fees were charged (\u56FD\u529E\u51FD\u30142020\u3015109\u53F7); \u201Cno fees were charged\u201D counts."
    },
    versions: both
  },
  {
    id: "narrative.repeated-text",
    severity: "warning",
    title: { zh: "\u6B63\u6587\u7167\u6284\u4E0A\u5E74", en: "Narrative repeats last year" },
    explanation: {
      zh: "\u6B63\u6587\u4E00\u534A\u4EE5\u4E0A\u7684\u6587\u5B57\u4E0E\u4E0A\u5E74\u62A5\u544A\u9010\u5B57\u76F8\u540C\uFF0C\u8BF4\u660E\u62A5\u544A\u6CA1\u6709\u53CD\u6620\u672C\u5E74\u5EA6\u7684\u5DE5\u4F5C\u3002",
      en: "Half or more of the narrative repeats last year\u2019s report word for word."
    },
    versions: both,
    needs: "previous"
  },
  {
    id: "cross-year.carry-over",
    severity: "error",
    title: { zh: "\u4E0A\u5E74\u7ED3\u8F6C\u4E0E\u4E0A\u5E74\u62A5\u544A\u4E0D\u8854\u63A5", en: "Carry-over does not match last year" },
    explanation: {
      zh: "\u672C\u5E74\u300C\u4E8C\u3001\u4E0A\u5E74\u7ED3\u8F6C\u300D\u6BCF\u4E00\u5217\u5E94\u7B49\u4E8E\u4E0A\u5E74\u62A5\u544A\u300C\u56DB\u3001\u7ED3\u8F6C\u4E0B\u5E74\u5EA6\u7EE7\u7EED\u529E\u7406\u300D\u7684\u540C\u4E00\u5217\u3002",
      en: "Each column of this year\u2019s \u201CII. carried over\u201D equals the same column of last year\u2019s \u201CIV. carried forward\u201D."
    },
    versions: both,
    needs: "previous"
  },
  {
    id: "cross-year.in-force",
    severity: "warning",
    title: { zh: "\u73B0\u884C\u6709\u6548\u4EF6\u6570\u4E0E\u4E0A\u5E74\u4E0D\u8854\u63A5", en: "Documents in force do not follow from last year" },
    explanation: {
      zh: "\u672C\u5E74\u73B0\u884C\u6709\u6548\u4EF6\u6570\u4E00\u822C\u7B49\u4E8E\u4E0A\u5E74\u73B0\u884C\u6709\u6548\u4EF6\u6570\u52A0\u672C\u5E74\u5236\u53D1\u3001\u51CF\u672C\u5E74\u5E9F\u6B62\uFF1B\u96C6\u4E2D\u6E05\u7406\u540E\u53EF\u80FD\u5408\u7406\u5730\u4E0D\u7B26\uFF0C\u6240\u4EE5\u662F\u8B66\u544A\u3002",
      en: "Documents in force usually equal last year\u2019s plus those issued less those repealed; a clean-up can break this legitimately, hence a warning."
    },
    versions: ["2021"],
    needs: "previous"
  },
  {
    id: "hierarchy.sum",
    severity: "warning",
    title: { zh: "\u6C47\u603B\u6570\u4E0E\u4E0B\u7EA7\u62A5\u544A\u4E4B\u548C\u4E0D\u7B26", en: "Aggregate differs from the units\u2019 sum" },
    explanation: {
      zh: "\u653F\u5E9C\u7684\u6C47\u603B\u62A5\u544A\u4E2D\uFF0C\u7533\u8BF7\u548C\u590D\u8BAE\u8BC9\u8BBC\u7684\u6BCF\u4E2A\u6570\u5E94\u7B49\u4E8E\u6240\u7ED9\u5404\u4E0B\u7EA7\u5355\u4F4D\u62A5\u544A\u4E4B\u548C\u3002",
      en: "In a government\u2019s aggregated report, every request and appeal figure equals the sum over the given units\u2019 reports."
    },
    versions: both,
    needs: "units"
  }
];
var byId2 = new Map(rules.map((r) => [r.id, r]));
var rank = new Map(rules.map((r, i) => [r.id, i]));
function ruleById(id) {
  return byId2.get(id);
}
function ruleRank(id) {
  return rank.get(id) ?? rules.length;
}

// ../engine/src/validate/plan.ts
init_src();
var plans = /* @__PURE__ */ new Map();
function planOf3(formats) {
  let byApplications = plans.get(formats.activeDisclosure);
  if (!byApplications) {
    byApplications = /* @__PURE__ */ new Map();
    plans.set(formats.activeDisclosure, byApplications);
  }
  let byAppeals = byApplications.get(formats.applications);
  if (!byAppeals) {
    byAppeals = /* @__PURE__ */ new Map();
    byApplications.set(formats.applications, byAppeals);
  }
  let plan = byAppeals.get(formats.appeals);
  if (!plan) {
    plan = buildPlan(layoutOf(formats));
    byAppeals.set(formats.appeals, plan);
  }
  return plan;
}
function buildPlan(layout) {
  const cells = layout.cells;
  const indexOf = new Map(cells.map((c, i) => [c.address, i]));
  const at = (address2) => {
    const i = indexOf.get(address2);
    if (i === void 0) throw new Error(`catalogue: equation names unknown cell ${address2}`);
    return i;
  };
  const rows = [];
  cells.forEach((cell, index2) => {
    const last = rows[rows.length - 1];
    if (last && last.table === cell.table && last.path.join(".") === cell.rowAddress) {
      last.columns.push({ key: cell.column, index: index2 });
    } else rows.push({ table: cell.table, path: cell.rowPath, columns: [{ key: cell.column, index: index2 }] });
  });
  const equations = layout.equations.map((def) => ({
    def,
    lhs: def.lhs.map(at),
    rhs: def.rhs.map(at),
    derive: def.derive ? at(def.derive) : -1
  }));
  return {
    layout,
    cells,
    indexOf,
    rows,
    equations,
    derivations: equations.filter((e) => e.derive >= 0),
    crossYear: layout.tables.flatMap(crossYearEquationsOf).map((def) => ({
      def,
      cell: at(def.cell),
      plus: def.plus.map(at),
      minus: def.minus.map(at)
    })),
    // The 规章 row is keyed `regulations` in both formats; its columns come from the catalogue.
    regulations: cells.flatMap(
      (c, i) => c.table === "activeDisclosure" && c.rowAddress === "regulations" ? [i] : []
    ),
    sectionOf: cells.map((c) => sectionById(c.table).number),
    slots: slotsOf(cells)
  };
}
function slotsOf(cells) {
  const ofCell = new Int32Array(cells.length);
  const ofSection = /* @__PURE__ */ new Map();
  let count = 0;
  for (const section of sections) {
    ofSection.set(section.id, count++);
    cells.forEach((cell, i) => {
      if (cell.table === section.id) ofCell[i] = count++;
    });
  }
  return { count, ofCell, ofSection };
}
function readCells(report, plan) {
  const values = new Array(plan.cells.length);
  const numbers = new Float64Array(plan.cells.length).fill(Number.NaN);
  for (const row2 of plan.rows) {
    let node = report[row2.table];
    for (const segment of row2.path) {
      node = node !== null && typeof node === "object" ? node[segment] : void 0;
    }
    if (node === null || typeof node !== "object") continue;
    const cells = node;
    const columns = row2.columns;
    let c = 0;
    for (const key in cells) {
      const v = cells[key];
      let column = columns[c++];
      if (!column || column.key !== key) column = columns.find((col) => col.key === key);
      if (!column) continue;
      values[column.index] = v;
      if (typeof v === "number" && v - v === 0) numbers[column.index] = v;
    }
  }
  return { values, numbers };
}

// ../engine/src/validate/blank-pattern.ts
function blankPatternOf(check) {
  const { values, numbers, plan, missingTables } = check;
  const pattern = new Uint8Array(numbers.length);
  if (missingTables.size > 0) {
    for (let i = 0; i < numbers.length; i++)
      if (missingTables.has(plan.cells[i]?.table)) pattern[i] = 4;
  }
  for (let i = 0; i < numbers.length; i++) {
    if (!Number.isNaN(numbers[i])) continue;
    const v = values[i];
    pattern[i] = pattern[i] + (v !== null && v !== void 0 ? 2 : 1);
  }
  return pattern;
}
var memory = /* @__PURE__ */ new Map();
var KEEP = 4;
function samePattern(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function copyFinding(f) {
  const copy = {
    rule: f.rule,
    severity: f.severity,
    path: f.path,
    message: f.message,
    fingerprint: ""
  };
  if (f.expected !== void 0) copy.expected = f.expected;
  if (f.actual !== void 0) copy.actual = f.actual;
  if (f.related !== void 0) copy.related = f.related.slice();
  return copy;
}
function recallBlanks(check, pattern) {
  return memory.get(check.words)?.find((r) => samePattern(r.pattern, pattern))?.findings;
}
function rememberBlanks(check, pattern, findings) {
  let list = memory.get(check.words);
  if (!list) {
    list = [];
    memory.set(check.words, list);
  }
  list.unshift({ pattern, findings: findings.map(copyFinding) });
  if (list.length > KEEP) list.pop();
}

// ../engine/src/validate/context.ts
init_src();

// ../engine/src/validate/words.ts
init_src();
var Words = class {
  constructor(plan, locale) {
    this.plan = plan;
    this.locale = locale;
  }
  cache = { cell: [], row: [], column: [] };
  composed = /* @__PURE__ */ new Map();
  /**
   * A message about a set of cells that recurs from one validation to the next (the blank cells of a
   * row), built once per key: the same report is checked again on every edit.
   */
  recurring(key, make) {
    let text2 = this.composed.get(key);
    if (text2 === void 0) {
      text2 = make();
      if (this.composed.size < 4096) this.composed.set(key, text2);
    }
    return text2;
  }
  memo(kind, index2, make) {
    const texts = this.cache[kind];
    let text2 = texts[index2];
    if (text2 === void 0) {
      text2 = make();
      texts[index2] = text2;
    }
    return text2;
  }
  /** 第三部分「1.属于国家秘密」行「自然人」列 / Section 3, row “…”, column “…”. */
  cell(index2) {
    return this.memo("cell", index2, () => cellLabelOf(this.def(index2), this.locale));
  }
  /** The row label, quoted: 「（七）总计」. */
  row(index2) {
    return this.memo("row", index2, () => this.quote(rowLabelOf(this.def(index2), this.locale)));
  }
  /** The column label, quoted: 「法人或其他组织·商业企业」. */
  column(index2) {
    return this.memo("column", index2, () => this.quote(columnLabelOf(this.def(index2), this.locale)));
  }
  /** 第三部分 / Section 3, for the table a cell sits in. */
  part(index2) {
    const section = sectionById(this.def(index2).table);
    return this.locale === "zh" ? `\u7B2C${section.ordinal}\u90E8\u5206` : `Section ${section.number}`;
  }
  /** A section as a reader names it: 「六、其他需要报告的事项」 / Section 6 (Other matters to report). */
  section(id) {
    const label = sectionLabel(id, this.locale);
    return this.locale === "zh" ? this.quote(label) : label;
  }
  quote(text2) {
    return this.locale === "zh" ? `\u300C${text2}\u300D` : `\u201C${text2}\u201D`;
  }
  /**
   * Several rows or columns named as the side of a sum: 「a」, 「a」与「b」之和, 「a」至「b」共 6 项之和
   * (English: “a”, “a” plus “b”, the 6 items “a” to “b”).
   */
  sum(labels) {
    const zh = this.locale === "zh";
    if (labels.length === 1) return labels[0];
    if (labels.length === 2) return zh ? `${labels[0]}\u4E0E${labels[1]}\u4E4B\u548C` : `${labels[0]} plus ${labels[1]}`;
    const first = labels[0];
    const last = labels[labels.length - 1];
    return zh ? `${first}\u81F3${last}\u5171 ${labels.length} \u9879\u4E4B\u548C` : `the ${labels.length} items ${first} to ${last}`;
  }
  def(index2) {
    const cell = this.plan.cells[index2];
    if (!cell) throw new Error(`no cell ${index2}`);
    return cell;
  }
};
var words2 = /* @__PURE__ */ new WeakMap();
function wordsOf(plan, locale) {
  let byLocale = words2.get(plan);
  if (!byLocale) {
    byLocale = {};
    words2.set(plan, byLocale);
  }
  let cached2 = byLocale[locale];
  if (!cached2) {
    cached2 = new Words(plan, locale);
    byLocale[locale] = cached2;
  }
  return cached2;
}
function num(value) {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}

// ../engine/src/validate/context.ts
function checkOf(report, locale, findings = []) {
  const plan = planOf3(formatsOf(report));
  const { values, numbers } = readCells(report, plan);
  const missingTables = new Set(report.missingSections ?? []);
  return {
    report,
    plan,
    values,
    numbers,
    locale,
    words: wordsOf(plan, locale),
    findings,
    missingTables
  };
}
function emit(check, rule, draft2, info = false) {
  const severity = info ? "info" : ruleById(rule)?.severity ?? "warning";
  const finding = { rule, severity, path: draft2.path, message: draft2.message, fingerprint: "" };
  if (draft2.expected !== void 0) finding.expected = draft2.expected;
  if (draft2.actual !== void 0) finding.actual = draft2.actual;
  if (draft2.related !== void 0) finding.related = draft2.related;
  check.findings.push(finding);
}

// ../engine/src/validate/checks/arithmetic.ts
function same(a, b) {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
function total(numbers, cells) {
  let sum = 0;
  for (const i of cells) sum += numbers[i];
  return sum;
}
var broken = {
  zh: (part, axis, l, r) => `${part}${axis}\uFF1A${l.text}\u4E3A ${num(l.value)}\uFF0C\u4F46${r.text}\u4E3A ${num(r.value)}\uFF08\u76F8\u5DEE ${num(Math.abs(l.value - r.value))}\uFF09\u3002`,
  en: (part, axis, l, r) => `${part}, ${axis}: ${l.text} ${l.many ? "make" : "is"} ${num(l.value)}, but ${r.text} ${r.many ? "make" : "is"} ${num(r.value)} (a difference of ${num(Math.abs(l.value - r.value))}).`
};
var unchecked = {
  zh: (title3, n2, first, invalid2) => `\u65E0\u6CD5\u6838\u5BF9\u300C${title3}\u300D\uFF1A${n2} \u5904\u5408\u8BA1\u7528\u5230\u7684\u5355\u5143\u683C${invalid2 ? "\u7A7A\u767D\u6216\u65E0\u6548" : "\u7A7A\u767D"}\uFF08\u5982${first}\uFF09\uFF0C\u7A7A\u767D\u4E0D\u7B49\u4E8E 0\u3002`,
  en: (title3, n2, first, invalid2) => `Could not check \u201C${title3}\u201D: ${n2} ${n2 === 1 ? "sum needs" : "sums need"} ${invalid2 ? "blank or invalid" : "blank"} cells (such as ${first}); blank is not 0.`
};
function checkArithmetic(check, blanks = true) {
  const { plan, numbers } = check;
  const blocked = /* @__PURE__ */ new Map();
  for (const eq of plan.equations) {
    const lhs = total(numbers, eq.lhs);
    const rhs = total(numbers, eq.rhs);
    if (Number.isNaN(lhs) || Number.isNaN(rhs)) {
      if (!blanks || check.missingTables.has(eq.def.table)) continue;
      const list = blocked.get(eq.def.rule);
      if (list) list.push(eq);
      else blocked.set(eq.def.rule, [eq]);
    } else if (!same(lhs, rhs)) reportBroken(check, eq, lhs, rhs);
  }
  for (const [rule, eqs] of blocked) reportBlocked(check, rule, eqs);
}
function reportBroken(check, eq, lhs, rhs) {
  const { words: words3, locale, plan } = check;
  const first = eq.lhs[0];
  const byRow = eq.def.along.row !== void 0;
  const transposed = plan.layout.tables.find((t) => t.id === eq.def.table)?.layout === "transposed";
  const axisLabel = byRow ? words3.row(first) : words3.column(first);
  const axisWord = transposed ? "" : locale === "zh" ? byRow ? "\u884C" : "\u5217" : byRow ? "row " : "column ";
  const axis = locale === "zh" ? `${axisLabel}${axisWord}` : `${axisWord}${axisLabel}`;
  const side = (cells, value) => ({
    text: words3.sum(cells.map((i) => byRow ? words3.column(i) : words3.row(i))),
    value,
    many: cells.length > 1
  });
  const derivedOnRight = eq.rhs.includes(eq.derive);
  const path = eq.derive >= 0 ? eq.derive : first;
  const [actual, expected] = derivedOnRight ? [rhs, lhs] : [lhs, rhs];
  const message = broken[locale](words3.part(first), axis, side(eq.lhs, lhs), side(eq.rhs, rhs));
  emit(check, eq.def.rule, {
    path: plan.cells[path]?.address,
    message,
    expected,
    actual,
    related: [...eq.lhs, ...eq.rhs].filter((i) => i !== path).map((i) => plan.cells[i]?.address)
  });
}
function reportBlocked(check, rule, eqs) {
  const { plan, numbers, values, words: words3, locale } = check;
  const marked = new Uint8Array(plan.cells.length);
  for (const eq of eqs) {
    for (const i of eq.lhs) if (Number.isNaN(numbers[i])) marked[i] = 1;
    for (const i of eq.rhs) if (Number.isNaN(numbers[i])) marked[i] = 1;
  }
  const blanks = [];
  for (let i = 0; i < marked.length; i++) if (marked[i]) blanks.push(i);
  const first = blanks[0];
  const invalid2 = blanks.some((i) => values[i] !== null && values[i] !== void 0);
  const title3 = ruleById(rule)?.title[locale] ?? rule;
  emit(
    check,
    rule,
    {
      path: plan.cells[first]?.address,
      message: unchecked[locale](title3, eqs.length, words3.cell(first), invalid2),
      related: blanks.slice(1).map((i) => plan.cells[i]?.address)
    },
    true
  );
}

// ../engine/src/validate/checks/cells.ts
var blank = {
  zh: (cell) => `${cell}\u4E3A\u7A7A\u767D\uFF1B\u7A7A\u767D\u4E0D\u7B49\u4E8E 0\uFF0C\u6CA1\u6709\u53D1\u751F\u7684\u8BF7\u586B 0\u3002`,
  en: (cell) => `${cell} is blank; blank is not 0, so enter 0 if there were none.`
};
var blankRow = {
  zh: (part, row2, n2, columns) => `${part}${row2}\u884C\u6709 ${n2} \u5217\u7A7A\u767D\uFF08${columns}\uFF09\uFF1B\u7A7A\u767D\u4E0D\u7B49\u4E8E 0\uFF0C\u6CA1\u6709\u53D1\u751F\u7684\u8BF7\u586B 0\u3002`,
  en: (part, row2, n2, columns) => `${part}, row ${row2}: ${n2} cells are blank (${columns}); blank is not 0, so enter 0 if there were none.`
};
var expectedKind = {
  count: { zh: "\u4E0D\u5C0F\u4E8E 0 \u7684\u6574\u6570", en: "a whole number of at least 0" },
  signedCount: { zh: "\u6574\u6570", en: "a whole number" },
  amount: { zh: "\u4E0D\u5C0F\u4E8E 0 \u7684\u6570", en: "a number of at least 0" }
};
var invalid = {
  zh: (cell, shown, kind) => `${cell}\u586B\u7684\u662F${shown}\uFF0C\u65E0\u6548\uFF1A\u5E94\u4E3A${expectedKind[kind].zh}\u3002`,
  en: (cell, shown, kind) => `${cell} holds ${shown}, which is not valid: it must be ${expectedKind[kind].en}.`
};
function checkCells(check, blanks = true) {
  const { plan, values, words: words3, locale, missingTables } = check;
  for (let r = 0; r < plan.rows.length; r++) {
    const row2 = plan.rows[r];
    let empty;
    let mask = 0;
    for (let c = 0; c < row2.columns.length; c++) {
      const index2 = row2.columns[c].index;
      const value = values[index2];
      const cell = plan.cells[index2];
      if (!cell) continue;
      if (value === null || value === void 0) {
        if (blanks && !missingTables.has(cell.table)) {
          if (empty) empty.push(index2);
          else empty = [index2];
          mask |= 1 << c;
        }
        continue;
      }
      if (fits(value, cell.kind)) continue;
      const shown = typeof value === "number" ? String(value) : JSON.stringify(value);
      emit(check, "cell.invalid", {
        path: cell.address,
        message: invalid[locale](
          words3.cell(index2),
          locale === "zh" ? `\u300C${shown}\u300D` : `\u201C${shown}\u201D`,
          cell.kind
        ),
        ...typeof value === "number" && Number.isFinite(value) ? { actual: value } : {}
      });
    }
    if (!empty) continue;
    const first = empty[0];
    const address2 = plan.cells[first]?.address;
    if (empty.length === 1) {
      emit(check, "cell.blank", { path: address2, message: blank[locale](words3.cell(first)) });
      continue;
    }
    const cells = empty;
    const sep = locale === "zh" ? "" : ", ";
    const message = words3.recurring(
      r * 1024 + mask,
      () => blankRow[locale](
        words3.part(first),
        words3.row(first),
        cells.length,
        cells.map((i) => words3.column(i)).join(sep)
      )
    );
    emit(check, "cell.blank", {
      path: address2,
      message,
      related: empty.slice(1).map((i) => plan.cells[i]?.address)
    });
  }
}
function fits(value, kind) {
  if (typeof value !== "number" || !Number.isFinite(value)) return false;
  if (kind === "amount") return value >= 0;
  if (!Number.isInteger(value)) return false;
  return kind === "signedCount" || value >= 0;
}

// ../engine/src/validate/checks/cross-year.ts
var carryOver = {
  zh: (cell, a, year, prevRow, b) => `${cell}\u4E3A ${num(a)}\uFF0C\u4F46\u4E0A\u5E74\uFF08${year} \u5E74\u5EA6\uFF09\u62A5\u544A\u540C\u4E00\u5217\u7684${prevRow}\u4E3A ${num(b)}\u3002`,
  en: (cell, a, year, prevRow, b) => `${cell} is ${num(a)}, but last year\u2019s report (${year}) has ${num(b)} in ${prevRow}, same column.`
};
var inForce = {
  zh: (cell, a, year, prev, changes, b) => `${cell}\u4E3A ${num(a)}\uFF0C\u4F46\u4E0A\u5E74\uFF08${year} \u5E74\u5EA6\uFF09${prev}${changes}\uFF0C\u5E94\u4E3A ${num(b)}\u3002`,
  en: (cell, a, year, prev, changes, b) => `${cell} is ${num(a)}, but last year\u2019s (${year}) ${prev}${changes} gives ${num(b)}.`
};
var notConsecutive = {
  zh: (title3, year, prevYear) => `\u65E0\u6CD5\u6838\u5BF9\u300C${title3}\u300D\uFF1A\u7ED9\u51FA\u7684\u4E0A\u5E74\u62A5\u544A\u662F ${prevYear} \u5E74\u5EA6\u7684\uFF0C\u4E0D\u662F ${year - 1} \u5E74\u5EA6\u7684\u3002`,
  en: (title3, year, prevYear) => `Could not check \u201C${title3}\u201D: the previous report given is for ${prevYear}, not ${year - 1}.`
};
var otherFormat = {
  zh: (title3, cell) => `\u65E0\u6CD5\u6838\u5BF9\u300C${title3}\u300D\uFF1A\u4E0A\u5E74\u62A5\u544A\u7684\u8868\u683C\u683C\u5F0F\u4E0D\u540C\uFF0C\u6CA1\u6709\u4E0E${cell}\u5BF9\u5E94\u7684\u5355\u5143\u683C\u3002`,
  en: (title3, cell) => `Could not check \u201C${title3}\u201D: last year\u2019s table is in another format, with no cell matching ${cell}.`
};
var blank2 = {
  zh: (title3, n2, cell) => `\u65E0\u6CD5\u6838\u5BF9\u300C${title3}\u300D\uFF1A${n2} \u5904\u6838\u5BF9\u7528\u5230\u7684\u5355\u5143\u683C\uFF08\u672C\u5E74\u6216\u4E0A\u5E74\uFF09\u7A7A\u767D\uFF0C\u5982${cell}\u3002`,
  en: (title3, n2, cell) => `Could not check \u201C${title3}\u201D: ${n2} ${n2 === 1 ? "check needs" : "checks need"} blank cells (this year\u2019s or last year\u2019s), such as ${cell}.`
};
function checkCrossYear(check, previous) {
  const { plan, numbers, words: words3, locale, report } = check;
  const last = checkOf(previous, locale);
  const title3 = (rule) => ruleById(rule)?.title[locale] ?? rule;
  if (previous.year !== report.year - 1) {
    for (const rule of new Set(plan.crossYear.map((eq) => eq.def.rule))) {
      emit(
        check,
        rule,
        {
          path: plan.cells[plan.crossYear.find((e) => e.def.rule === rule)?.cell ?? 0]?.address,
          message: notConsecutive[locale](title3(rule), report.year, previous.year)
        },
        true
      );
    }
    return;
  }
  const blocked = /* @__PURE__ */ new Map();
  const otherFormats = /* @__PURE__ */ new Map();
  for (const eq of plan.crossYear) {
    const before = eq.def.previous.map((a) => last.plan.indexOf.get(a));
    if (before.some((i) => i === void 0)) {
      if (!otherFormats.has(eq.def.rule)) otherFormats.set(eq.def.rule, eq);
      continue;
    }
    const prev = total(last.numbers, before);
    const expected = prev + total(numbers, eq.plus) - total(numbers, eq.minus);
    const actual = numbers[eq.cell];
    if (Number.isNaN(expected) || Number.isNaN(actual)) {
      const list = blocked.get(eq.def.rule) ?? [];
      list.push(eq);
      blocked.set(eq.def.rule, list);
      continue;
    }
    if (same(actual, expected)) continue;
    const cell = words3.cell(eq.cell);
    let message;
    if (eq.def.rule === "cross-year.carry-over") {
      message = carryOver[locale](cell, actual, previous.year, last.words.row(before[0]), prev);
    } else {
      const col = (i) => words3.column(i);
      const changes = [
        ...eq.plus.map(
          (i) => locale === "zh" ? `\uFF0C\u52A0\u672C\u5E74${col(i)}${num(numbers[i])}` : `, plus this year\u2019s ${col(i)} ${num(numbers[i])}`
        ),
        ...eq.minus.map(
          (i) => locale === "zh" ? `\uFF0C\u51CF${col(i)}${num(numbers[i])}` : `, less ${col(i)} ${num(numbers[i])}`
        )
      ].join("");
      const prevText = `${last.words.column(before[0])}${locale === "zh" ? "" : " "}${num(prev)}`;
      message = inForce[locale](cell, actual, previous.year, prevText, changes, expected);
    }
    emit(check, eq.def.rule, {
      path: plan.cells[eq.cell]?.address,
      message,
      expected,
      actual,
      related: [...eq.plus, ...eq.minus].map((i) => plan.cells[i]?.address)
    });
  }
  for (const [rule, eq] of otherFormats) {
    emit(
      check,
      rule,
      {
        path: plan.cells[eq.cell]?.address,
        message: otherFormat[locale](title3(rule), words3.cell(eq.cell))
      },
      true
    );
  }
  for (const [rule, eqs] of blocked) {
    const first = eqs[0];
    emit(
      check,
      rule,
      {
        path: plan.cells[first.cell]?.address,
        message: blank2[locale](title3(rule), eqs.length, words3.cell(first.cell)),
        related: eqs.slice(1).map((e) => plan.cells[e.cell]?.address)
      },
      true
    );
  }
}

// ../engine/src/validate/checks/fees-unreported.ts
init_src();

// ../engine/src/validate/checks/structure.ts
init_src();
var missing = {
  zh: (section, why) => `\u7F3A\u5C11${section}\uFF1A${why === "absent" ? "\u53D1\u5E03\u7684\u6587\u672C\u4E2D\u627E\u4E0D\u5230\u8FD9\u4E00\u90E8\u5206" : "\u8FD9\u4E00\u90E8\u5206\u6CA1\u6709\u5185\u5BB9"}\u3002`,
  en: (section, why) => `${section} is missing: ${why === "absent" ? "it was not found in the published text" : "it is empty"}.`
};
function checkStructure(check) {
  const { report, words: words3, locale } = check;
  const absent = new Set(report.missingSections ?? []);
  for (const section of sections) {
    const empty = section.kind === "narrative" && (report.narrative[section.id] ?? "").trim() === "";
    if (!absent.has(section.id) && !empty) continue;
    emit(check, "structure.missing-section", {
      path: section.id,
      message: missing[locale](words3.section(section.id), absent.has(section.id) ? "absent" : "empty")
    });
  }
}
function isMissing(check, id) {
  return (check.report.missingSections ?? []).includes(id) || (check.report.narrative[id] ?? "").trim() === "";
}

// ../engine/src/validate/checks/fees-unreported.ts
var unreported = {
  zh: (year, section, fee, basis, absent) => `${year} \u5E74\u5EA6\u7684\u62A5\u544A\u5E94\u5728${section}\u4E2D\u8BF4\u660E\u662F\u5426\u6536\u53D6${fee}\uFF08${basis}\uFF09\uFF0C\u4F46${absent ? "\u62A5\u544A\u7F3A\u5C11\u8FD9\u4E00\u90E8\u5206" : "\u8FD9\u4E00\u90E8\u5206\u6CA1\u6709\u63D0\u5230"}\u3002`,
  en: (year, section, fee, basis, absent) => `A report on ${year} must say in ${section} whether ${fee} were charged (${basis}), but ${absent ? "the report lacks that section" : "that section does not mention them"}.`
};
function checkFeesUnreported(check) {
  const { report, words: words3, locale } = check;
  const { fromYear, section, label, basis, mentions } = processingFeeDisclosure;
  if (report.year < fromYear) return;
  const text2 = report.narrative[section] ?? "";
  if (mentions.some((word) => text2.includes(word))) return;
  emit(check, "narrative.fees-unreported", {
    path: section,
    message: unreported[locale](
      report.year,
      words3.section(section),
      label[locale],
      basis,
      isMissing(check, section)
    )
  });
}

// ../engine/src/validate/checks/format-outdated.ts
init_src();
var outdated = {
  zh: (year, doc, section, version2) => `\u8FD9\u662F ${year} \u5E74\u5EA6\u7684\u62A5\u544A\uFF0C\u5E94\u4F7F\u7528${doc}\u89C4\u5B9A\u7684\u8868\u683C\uFF0C\u4F46${section}\u7528\u7684\u662F ${version2} \u7248\u7684\u8868\u683C\u3002`,
  en: (year, doc, section, version2) => `This is a report on ${year}, which must use the tables of ${doc}, but ${section} uses the ${version2} table.`
};
var differing = Object.keys(tables["2021"]).filter((id) => {
  const cellsIn = (v) => cellsOf(tables[v][id]).map((c) => c.address).join();
  return cellsIn("2021") !== cellsIn("2019");
});
function checkFormatOutdated(check) {
  const { report, plan, words: words3, locale } = check;
  const due = formatForYear(report.year);
  for (const id of differing) {
    const version2 = plan.layout.formats[id];
    if (version2 === due) continue;
    emit(check, "format.outdated", {
      path: id,
      message: outdated[locale](report.year, formatDocuments[due], words3.section(id), version2)
    });
  }
}

// ../engine/src/validate/checks/hierarchy.ts
var ADDITIVE = ["applications", "appeals"];
var differs = {
  zh: (cell, a, n2, b) => `${cell}\u4E3A ${num(a)}\uFF0C\u4F46 ${n2} \u4E2A\u4E0B\u7EA7\u5355\u4F4D\u62A5\u544A\u7684\u540C\u4E00\u5355\u5143\u683C\u76F8\u52A0\u4E3A ${num(b)}\u3002`,
  en: (cell, a, n2, b) => `${cell} is ${num(a)}, but the same cell of the ${n2} units\u2019 reports adds up to ${num(b)}.`
};
var unchecked2 = {
  zh: (title3, n2, cell) => `\u65E0\u6CD5\u6838\u5BF9\u300C${title3}\u300D\uFF1A${n2} \u4E2A\u5355\u5143\u683C\u5728\u6C47\u603B\u62A5\u544A\u6216\u4E0B\u7EA7\u62A5\u544A\u4E2D\u7A7A\u767D\u6216\u683C\u5F0F\u4E0D\u540C\uFF0C\u5982${cell}\u3002`,
  en: (title3, n2, cell) => `Could not check \u201C${title3}\u201D: ${n2} cells are blank or in another format in the aggregate or a unit\u2019s report, such as ${cell}.`
};
function checkHierarchy(check, units) {
  const { plan, numbers, words: words3, locale } = check;
  if (units.length === 0) return;
  const parts = units.map((unit) => checkOf(unit, locale));
  const blocked = [];
  plan.cells.forEach((cell, i) => {
    if (!ADDITIVE.includes(cell.table)) return;
    let sum = 0;
    for (const part of parts) {
      const j = part.plan.indexOf.get(cell.address);
      sum += j === void 0 ? Number.NaN : part.numbers[j];
    }
    const actual = numbers[i];
    if (Number.isNaN(sum) || Number.isNaN(actual)) {
      blocked.push(i);
      return;
    }
    if (same(sum, actual)) return;
    emit(check, "hierarchy.sum", {
      path: cell.address,
      message: differs[locale](words3.cell(i), actual, units.length, sum),
      expected: sum,
      actual
    });
  });
  const first = blocked[0];
  if (first === void 0) return;
  emit(
    check,
    "hierarchy.sum",
    {
      path: plan.cells[first]?.address,
      message: unchecked2[locale](
        ruleById("hierarchy.sum")?.title[locale] ?? "hierarchy.sum",
        blocked.length,
        words3.cell(first)
      ),
      related: blocked.slice(1).map((i) => plan.cells[i]?.address)
    },
    true
  );
}

// ../engine/src/validate/checks/narrative-figures.ts
init_src();
var NARRATIVE_SECTIONS = ["overview", "problems", "otherMatters"];
var byKeyword = /* @__PURE__ */ new Map();
for (const figure of narrativeFigures) {
  for (const pattern of figure.patterns) {
    const regex = new RegExp(pattern, "y");
    for (const keyword of figure.keywords) {
      const list = byKeyword.get(keyword) ?? [];
      list.push({ figure, regex });
      byKeyword.set(keyword, list);
    }
  }
}
var keywords = new RegExp(
  [...byKeyword.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
  "g"
);
function numberOf(printed2) {
  const ascii = printed2.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 65248));
  return Number(ascii.replace(/[,，]/g, ""));
}
var recent = [];
var RECENT = 8;
function statementsOf(narrative) {
  for (const entry of recent) {
    if (NARRATIVE_SECTIONS.every((s) => entry.narrative[s] === narrative[s])) return entry.statements;
  }
  const statements = scanNarrative(narrative);
  recent.unshift({
    narrative: {
      overview: narrative.overview,
      problems: narrative.problems,
      otherMatters: narrative.otherMatters
    },
    statements
  });
  if (recent.length > RECENT) recent.pop();
  return statements;
}
function scanNarrative(narrative) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const section of NARRATIVE_SECTIONS) {
    const text2 = narrative[section] ?? "";
    if (text2 === "") continue;
    keywords.lastIndex = 0;
    for (let k = keywords.exec(text2); k !== null; k = keywords.exec(text2)) {
      for (const { figure, regex } of byKeyword.get(k[0]) ?? []) {
        regex.lastIndex = k.index;
        const m = regex.exec(text2);
        if (!m) continue;
        const value = numberOf(m.groups?.n ?? "");
        const key = `${figure.id}=${value}`;
        if (!Number.isFinite(value) || seen.has(key)) continue;
        seen.add(key);
        out.push({ figure, section, value, text: m[0] });
      }
    }
  }
  return out;
}

// ../engine/src/validate/checks/narrative-mismatch.ts
var mismatch = {
  zh: (section, figure, stated, unit, table) => `${section}\u5199${figure}\u4E3A ${stated} ${unit}\uFF0C\u4F46\u8868\u4E2D${table}\u3002`,
  en: (section, figure, stated, unit, table) => `${section} states ${stated}${unit ? ` ${unit}` : ""} for ${figure}, but in the table ${table}.`
};
var unchecked3 = {
  zh: (section, figure, stated, cell, more) => `\u65E0\u6CD5\u6838\u5BF9\u300C\u6B63\u6587\u6570\u5B57\u4E0E\u8868\u683C\u4E0D\u7B26\u300D\uFF1A${section}\u5199${figure}\u4E3A ${stated}\uFF0C\u4F46\u8868\u4E2D${cell}\u7A7A\u767D${more > 0 ? `\uFF08\u53E6\u6709 ${more} \u5904\u540C\u6837\u65E0\u6CD5\u6838\u5BF9\uFF09` : ""}\u3002`,
  en: (section, figure, stated, cell, more) => `Could not check \u201CNarrative figure differs from the table\u201D: ${section} states ${stated} for ${figure}, but ${cell} is blank${more > 0 ? ` (and ${more} more like it)` : ""}.`
};
function checkNarrativeMismatch(check) {
  const { plan, numbers, words: words3, locale } = check;
  const blocked = [];
  for (const statement of statementsOf(check.report.narrative)) {
    const scopes = statement.figure.scopes.map((scope) => scope.map((a) => plan.indexOf.get(a))).filter((scope) => scope.every((i) => i !== void 0));
    if (scopes.length === 0) continue;
    const sums = scopes.map((scope) => total(numbers, scope));
    if (sums.some((sum) => !Number.isNaN(sum) && same(sum, statement.value))) continue;
    const blank3 = scopes.findIndex((_, k) => Number.isNaN(sums[k]));
    if (blank3 >= 0) {
      const scope = scopes[blank3];
      blocked.push({ statement, cell: scope.find((i) => Number.isNaN(numbers[i])) });
      continue;
    }
    const sep = locale === "zh" ? "\uFF0C" : ", and ";
    const table = scopes.map((scope, k) => {
      const sum = num(sums[k]);
      const head2 = scope[0];
      if (scope.length === 1)
        return locale === "zh" ? `${words3.cell(head2)}\u4E3A ${sum}` : `${words3.cell(head2)} is ${sum}`;
      const rows = scope.map((i) => words3.row(i));
      return locale === "zh" ? `${words3.part(head2)}${rows.join("\u4E0E")}\u884C${words3.column(head2)}\u5217\u4E4B\u548C\u4E3A ${sum}` : `${words3.part(head2)}, rows ${rows.join(" and ")}, column ${words3.column(head2)} make ${sum}`;
    }).join(sep);
    const first = scopes[0];
    const path = plan.cells[first[0]]?.address;
    const others = scopes.flat().filter((i) => i !== first[0]);
    emit(check, "narrative.table-mismatch", {
      path,
      message: mismatch[locale](
        words3.section(statement.section),
        statement.figure.label[locale],
        num(statement.value),
        statement.figure.unit[locale],
        table
      ),
      expected: statement.value,
      actual: sums[0],
      related: [statement.section, ...new Set(others.map((i) => plan.cells[i]?.address))]
    });
  }
  const head = blocked[0];
  if (!head) return;
  emit(
    check,
    "narrative.table-mismatch",
    {
      path: plan.cells[head.cell]?.address,
      message: unchecked3[locale](
        words3.section(head.statement.section),
        head.statement.figure.label[locale],
        num(head.statement.value),
        words3.cell(head.cell),
        blocked.length - 1
      ),
      related: [
        head.statement.section,
        ...blocked.slice(1).map((b) => plan.cells[b.cell]?.address)
      ]
    },
    true
  );
}

// ../engine/src/validate/checks/regulations-level.ts
init_src();
var wrong = {
  zh: (name, level, inferred, row2, cells) => `${name}\u662F${level}${inferred ? "\uFF08\u6309\u673A\u5173\u540D\u79F0\u5224\u65AD\uFF09" : ""}\uFF0C\u4E0D\u80FD\u5236\u5B9A\u89C4\u7AE0\uFF0C\u4F46${row2}${cells}\uFF1B\u8BF7\u6838\u5B9E\u662F\u5426\u8BEF\u586B\u4E86\u4E0A\u7EA7\u673A\u5173\u7684\u89C4\u7AE0\u3002`,
  en: (name, level, inferred, row2, cells) => `${name} is a ${level.toLowerCase()}${inferred ? " (judged by its name)" : ""} and cannot make regulations, but ${row2} has ${cells}; check whether a higher authority\u2019s regulations were entered.`
};
var unknownLevel = {
  zh: (name, row2) => `\u65E0\u6CD5\u6838\u5BF9\u300C\u89C4\u7AE0\u4E0E\u673A\u5173\u5C42\u7EA7\u300D\uFF1A\u62A5\u544A\u6CA1\u6709\u7ED9\u51FA\u673A\u5173\u5C42\u7EA7\uFF0C\u4E5F\u65E0\u6CD5\u4ECE\u673A\u5173\u540D\u79F0\u300C${name}\u300D\u5224\u65AD\uFF0C\u800C${row2}\u586B\u6709\u89C4\u7AE0\u3002`,
  en: (name, row2) => `Could not check \u201CRegulations and the body\u2019s level\u201D: the report gives no level and the name \u201C${name}\u201D does not tell it, while ${row2} reports regulations.`
};
var blankRow2 = {
  zh: (name, row2) => `\u65E0\u6CD5\u6838\u5BF9\u300C\u89C4\u7AE0\u4E0E\u673A\u5173\u5C42\u7EA7\u300D\uFF1A${name}\u4E0D\u80FD\u5236\u5B9A\u89C4\u7AE0\uFF0C\u4F46${row2}\u7A7A\u767D\uFF0C\u65E0\u6CD5\u786E\u8BA4\u662F\u5426\u4E3A 0\u3002`,
  en: (name, row2) => `Could not check \u201CRegulations and the body\u2019s level\u201D: ${name} cannot make regulations, but ${row2} is blank.`
};
function checkRegulationsLevel(check) {
  const { report, plan, numbers, words: words3, locale } = check;
  const cells = plan.regulations;
  const first = cells[0];
  if (first === void 0) return;
  const positive = cells.filter((i) => numbers[i] > 0);
  const given = report.agency.level;
  const level = given ?? inferAgencyLevel(report.agency.name);
  const row2 = `${words3.part(first)}${locale === "zh" ? "" : ", row "}${words3.row(first)}${locale === "zh" ? "\u884C" : ""}`;
  const name = locale === "zh" ? report.agency.name : `\u201C${report.agency.name}\u201D`;
  if (level === void 0) {
    if (positive.length > 0) {
      emit(
        check,
        "active.regulations-level",
        { path: address(check, first), message: unknownLevel[locale](report.agency.name, row2) },
        true
      );
    }
    return;
  }
  if (mayReportRegulations[level]) return;
  if (positive.length === 0) {
    if (cells.some((i) => Number.isNaN(numbers[i]))) {
      emit(
        check,
        "active.regulations-level",
        { path: address(check, first), message: blankRow2[locale](name, row2) },
        true
      );
    }
    return;
  }
  const sep = locale === "zh" ? "\u3001" : ", ";
  const list = positive.map(
    (i) => locale === "zh" ? `${words3.column(i)}\u5217\u4E3A ${num(numbers[i])}` : `${num(numbers[i])} in ${words3.column(i)}`
  ).join(sep);
  const at = positive[0];
  emit(check, "active.regulations-level", {
    path: address(check, at),
    message: wrong[locale](name, agencyLevelLabels[level][locale], given === void 0, row2, list),
    expected: 0,
    actual: numbers[at],
    ...positive.length > 1 ? { related: positive.slice(1).map((i) => address(check, i)) } : {}
  });
}
function address(check, index2) {
  return check.plan.cells[index2]?.address;
}

// ../engine/src/validate/checks/repeated-text.ts
var MIN_SENTENCE = 10;
var THRESHOLD = 0.5;
var repeated = {
  zh: (share, year, count) => `\u6B63\u6587\uFF08\u4E00\u3001\u4E94\u3001\u516D\u90E8\u5206\uFF09\u6709 ${share}% \u7684\u6587\u5B57\uFF08${count} \u53E5\uFF09\u4E0E\u4E0A\u5E74\uFF08${year} \u5E74\u5EA6\uFF09\u62A5\u544A\u9010\u5B57\u76F8\u540C\uFF0C\u8D85\u8FC7\u4E00\u534A\u3002`,
  en: (share, year, count) => `${share}% of the narrative (sections 1, 5 and 6; ${count} sentences) repeats last year\u2019s report (${year}) word for word: half or more.`
};
function sentencesOf(narrative) {
  const out = [];
  for (const section of NARRATIVE_SECTIONS) {
    for (const raw of (narrative[section] ?? "").split(/[。！？；!?;\n]+/)) {
      const sentence = raw.replace(/\s+/g, "").replace(/\d+(?:\.\d+)?/g, "#");
      if (sentence.length >= MIN_SENTENCE) out.push(sentence);
    }
  }
  return out;
}
function checkRepeatedText(check, previous, previousYear) {
  const before = new Set(sentencesOf(previous));
  let all = 0;
  let copied = 0;
  let count = 0;
  for (const sentence of sentencesOf(check.report.narrative)) {
    all += sentence.length;
    if (before.has(sentence)) {
      copied += sentence.length;
      count++;
    }
  }
  if (all === 0 || copied / all < THRESHOLD) return;
  emit(check, "narrative.repeated-text", {
    path: "overview",
    message: repeated[check.locale](Math.round(copied / all * 100), previousYear, count),
    related: ["problems", "otherMatters"]
  });
}

// ../engine/src/validate/order.ts
function ordered(findings, plan) {
  const buckets = new Array(plan.slots.count);
  for (const f of findings) {
    const cell = plan.indexOf.get(f.path);
    const slot = cell !== void 0 ? plan.slots.ofCell[cell] : plan.slots.ofSection.get(f.path) ?? 0;
    const bucket = buckets[slot];
    if (bucket) bucket.push(f);
    else buckets[slot] = [f];
  }
  const out = [];
  for (const bucket of buckets) {
    if (!bucket) continue;
    if (bucket.length > 1) bucket.sort((a, b) => ruleRank(a.rule) - ruleRank(b.rule));
    let n2 = 1;
    for (let k = 0; k < bucket.length; k++) {
      const f = bucket[k];
      const before = bucket[k - 1];
      n2 = before && before.rule === f.rule && before.path === f.path ? n2 + 1 : 1;
      f.fingerprint = n2 === 1 ? `${f.rule}|${f.path}` : `${f.rule}|${f.path}#${n2}`;
      out.push(f);
    }
  }
  return out;
}

// ../engine/src/validate/validate.ts
function validate2(report, options = {}) {
  const check = checkOf(report, options.locale ?? "zh");
  const pattern = blankPatternOf(check);
  const known = recallBlanks(check, pattern);
  const start = check.findings.length;
  checkCells(check, !known);
  checkArithmetic(check, !known);
  if (known) for (const f of known) check.findings.push(copyFinding(f));
  else {
    const fromBlanks = check.findings.slice(start).filter((f) => f.rule === "cell.blank" || f.severity === "info");
    rememberBlanks(check, pattern, fromBlanks);
  }
  checkRegulationsLevel(check);
  checkFormatOutdated(check);
  checkStructure(check);
  checkNarrativeMismatch(check);
  checkFeesUnreported(check);
  if (options.previous) {
    checkRepeatedText(check, options.previous.narrative, options.previous.year);
    checkCrossYear(check, options.previous);
  }
  if (options.units) checkHierarchy(check, options.units);
  return ordered(check.findings, check.plan);
}

// src/draft.ts
init_src();

// src/checks.ts
init_src();
function sumsOf(report, layout) {
  const verified = /* @__PURE__ */ new Set();
  const broken2 = /* @__PURE__ */ new Set();
  for (const eq of layout.equations) {
    const cells = [...eq.lhs, ...eq.rhs];
    const values = cells.map((a) => getCell(report, a));
    if (values.some((v) => v === null || v === void 0)) continue;
    const sum = (list) => list.reduce((s, a) => s + getCell(report, a), 0);
    const holds = Math.abs(sum(eq.lhs) - sum(eq.rhs)) < 1e-6;
    for (const a of cells) (holds ? verified : broken2).add(a);
  }
  return { verified, broken: broken2 };
}

// src/lines.ts
var CODE_BASE = 1e5;
function scanToText(pages2) {
  const coded = [];
  const out = [];
  for (const page of pages2) {
    const rows = /* @__PURE__ */ new Map();
    for (const cell of page.cells) {
      const key = `${cell.table}:${cell.band}`;
      const row2 = rows.get(key) ?? [];
      row2.push(cell);
      rows.set(key, row2);
    }
    const items = page.prose.map((p) => ({
      y: p.y,
      cells: p.text
    }));
    for (const row2 of rows.values()) items.push({ y: row2[0].box.y0, cells: row2 });
    items.sort((a, b) => a.y - b.y);
    for (const item of items) {
      if (typeof item.cells === "string") {
        out.push(item.cells);
        continue;
      }
      const row2 = item.cells;
      const figures = row2.some((c) => c.kind === "figure");
      let lastLabel = -1;
      row2.forEach((c, i) => {
        if (c.kind === "label") lastLabel = i;
      });
      const line = out.length + 1;
      const cells = row2.map((cell, i) => {
        if (cell.kind === "label") return cell.text.replace(/\t/g, " ");
        if (cell.kind === "blank" && (!figures || i < lastLabel)) return "";
        coded.push({ ...cell, line });
        return String(codeOf(coded.length - 1));
      });
      out.push(cells.join("	"));
    }
  }
  return { text: out.join("\n"), coded };
}
var codeOf = (index2) => CODE_BASE + index2;
function codeIndex(value, coded) {
  if (value === null || value === void 0 || !Number.isInteger(value)) return void 0;
  const i = value - CODE_BASE;
  return i >= 0 && i < coded.length ? i : void 0;
}

// src/printed-order.ts
init_src();
function placeInPrintedOrder(report, layout, coded) {
  const byLine = /* @__PURE__ */ new Map();
  coded.forEach((c, i) => {
    const list = byLine.get(c.line) ?? [];
    list.push(i);
    byLine.set(c.line, list);
  });
  const rows = /* @__PURE__ */ new Map();
  for (const def of layout.cells) {
    const key = `${def.table}.${def.rowAddress}`;
    const list = rows.get(key) ?? [];
    list.push(def.address);
    rows.set(key, list);
  }
  for (const addresses of rows.values()) {
    const lines = /* @__PURE__ */ new Map();
    for (const a of addresses) {
      const at = codeIndex(getCell(report, a), coded);
      if (at !== void 0) lines.set(coded[at].line, (lines.get(coded[at].line) ?? 0) + 1);
    }
    if (lines.size === 0) continue;
    const line = [...lines.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const printed2 = byLine.get(line);
    if (printed2.length !== addresses.length) continue;
    addresses.forEach((a, i) => setCell(report, a, codeOf(printed2[i])));
  }
}

// src/messages.ts
var messages2 = {
  "scan.figure-unplaced": {
    severity: "warning",
    zh: (a) => `\u7B2C ${a.page} \u9875\u8868\u683C\u4E2D\u8BC6\u522B\u51FA\u7684\u6570\u5B57\u300C${a.text}\u300D\u672A\u80FD\u5F52\u5165\u4EFB\u4F55\u5355\u5143\u683C`,
    en: (a) => `Page ${a.page}: the figure \u201C${a.text}\u201D read in a table was not placed in any cell`
  },
  "scan.no-table": {
    severity: "error",
    zh: (a) => `\u626B\u63CF\u4EF6\u5171 ${a.pages} \u9875\uFF0C\u6CA1\u6709\u627E\u5230\u5E26\u8868\u683C\u7EBF\u7684\u62A5\u544A\u8868\u683C\uFF1A\u8FD9\u4E0D\u50CF\u662F\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u5DE5\u4F5C\u5E74\u5EA6\u62A5\u544A\uFF08\u53EF\u80FD\u662F\u7167\u7247\u6216\u7A7A\u767D\u9875\uFF09\uFF0C\u672A\u751F\u6210\u62A5\u544A`,
    en: (a) => `None of the scan's ${a.pages} page(s) holds a ruled report table: this does not look like an annual report (a photo or a blank page?); no report was made`
  },
  "scan.ocr": {
    severity: "info",
    zh: () => "\u672C\u62A5\u544A\u7684\u6570\u5B57\u7531\u626B\u63CF\u4EF6\u6587\u5B57\u8BC6\u522B\uFF08OCR\uFF09\u8BFB\u51FA\uFF0C\u662F\u5F85\u6838\u5BF9\u7684\u8349\u7A3F\uFF0C\u987B\u7ECF\u4EBA\u5DE5\u9010\u683C\u786E\u8BA4",
    en: () => "The figures of this report were read from a scan by OCR: a draft until a person confirms them"
  }
};
function scanMessage(code, locale, args) {
  const m = messages2[code];
  return { code, severity: m.severity, message: m[locale](args) };
}

// src/draft.ts
function draftOf(pages2, options = {}) {
  const locale = options.locale ?? "zh";
  const { text: text2, coded } = scanToText(pages2);
  const lines = text2.split("\n");
  let imported = importText(text2, options);
  const guessed = /* @__PURE__ */ new Set();
  for (const d of imported.diagnostics) {
    if (d.code !== "row.not-found" || d.line === void 0 || d.path === void 0 || d.source === void 0)
      continue;
    const def = layoutOf(formatsOf(imported.report)).cells.find(
      (c) => `${c.table}.${c.rowAddress}` === d.path
    );
    if (!def) continue;
    const cells2 = lines[d.line - 1].split("	");
    const labelAt = cells2.findIndex((c) => c !== "" && !/^\d+$/.test(c));
    if (labelAt < 0) continue;
    cells2[labelAt] = def.row.label.zh;
    lines[d.line - 1] = cells2.join("	");
    guessed.add(d.line);
  }
  if (guessed.size > 0) {
    imported = importText(lines.join("\n"), options);
  }
  const report = imported.report;
  const layout = layoutOf(formatsOf(report));
  placeInPrintedOrder(report, layout, coded);
  const cells = {};
  const reasons = /* @__PURE__ */ new Map();
  const flag = (address2, reason) => {
    const set = reasons.get(address2) ?? /* @__PURE__ */ new Set();
    set.add(reason);
    reasons.set(address2, set);
  };
  const used = /* @__PURE__ */ new Set();
  for (const def of layout.cells) {
    const placedValue = getCell(report, def.address);
    const at = codeIndex(placedValue, coded);
    if (at === void 0) {
      if (placedValue !== null && placedValue !== void 0) {
        setCell(report, def.address, null);
        flag(def.address, "unreadable");
      }
      continue;
    }
    const source = coded[at];
    used.add(at);
    const value = source.kind === "figure" ? figureValue(source.text) : null;
    setCell(report, def.address, value);
    cells[def.address] = {
      address: def.address,
      value,
      text: source.text,
      confidence: source.confidence,
      page: source.page,
      box: source.box
    };
    if (source.kind === "blank") flag(def.address, "blank");
    else if (value === null) flag(def.address, "unreadable");
    else if (source.confidence < LOW_CONFIDENCE) flag(def.address, "low-confidence");
    if (guessed.has(source.line)) flag(def.address, "row-guessed");
  }
  const tablesRead = new Set(Object.keys(cells).map((a) => layout.cellByAddress.get(a)?.table));
  for (const def of layout.cells) {
    if (cells[def.address] || reasons.has(def.address) || !tablesRead.has(def.table)) continue;
    setCell(report, def.address, null);
    flag(def.address, "not-found");
  }
  const { verified, broken: broken2 } = sumsOf(report, layout);
  for (const address2 of Object.keys(cells)) {
    if (broken2.has(address2)) flag(address2, "sum");
    else if (!verified.has(address2)) flag(address2, "unchecked");
  }
  for (const finding of validate2(report, { locale })) {
    if (finding.severity !== "error") continue;
    for (const address2 of [finding.path, ...finding.related ?? []])
      if (cells[address2]) flag(address2, "sum");
  }
  const diagnostics = [...imported.diagnostics];
  coded.forEach((c, i) => {
    if (!used.has(i) && c.kind === "figure")
      diagnostics.push(scanMessage("scan.figure-unplaced", locale, { page: c.page, text: c.text }));
  });
  const toConfirm = [];
  for (const def of layout.cells) {
    const why = reasons.get(def.address);
    if (!why) continue;
    const list = [...why];
    const cell = cells[def.address] ?? { address: def.address, value: null, text: "", confidence: 0 };
    toConfirm.push({ ...cell, reasons: list, message: reasonText(list, locale) });
  }
  return {
    source: "ocr",
    report,
    cells,
    toConfirm,
    diagnostics,
    pages: pages2.map((p) => ({ page: p.page, skew: p.skew, width: p.image.width, height: p.image.height }))
  };
}
function figureValue(text2) {
  if (!/^\d+(\.\d+)?$/.test(text2)) return null;
  if (/^0\d/.test(text2)) return null;
  return Number(text2);
}

// src/node/read-scan.ts
import { createRequire as createRequire2 } from "node:module";

// src/recognizer.ts
import { createWorker, PSM } from "tesseract.js";
var FIGURE_CHARS = "0123456789.";
var Recognizer = class _Recognizer {
  constructor(figures, labels) {
    this.figures = figures;
    this.labels = labels;
  }
  static async create(paths, options = {}) {
    const common = { cacheMethod: "none", gzip: true, ...options };
    const figures = await createWorker("eng", 1, { ...common, langPath: paths.eng });
    await figures.setParameters({
      tessedit_char_whitelist: FIGURE_CHARS,
      tessedit_pageseg_mode: PSM.SINGLE_LINE,
      user_defined_dpi: "300"
    });
    const labels = await createWorker("chi_sim", 1, { ...common, langPath: paths.chi_sim });
    await labels.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_BLOCK, user_defined_dpi: "300" });
    return new _Recognizer(figures, labels);
  }
  async figure(image) {
    const { data } = await this.figures.recognize(image);
    return { text: data.text.replace(/\s+/g, ""), confidence: data.confidence };
  }
  async label(image) {
    const { data } = await this.labels.recognize(image);
    return { text: data.text.replace(/\s+/g, ""), confidence: data.confidence };
  }
  /** Lines of running text (a title, a heading), each with its spaces between glyphs removed. */
  async prose(image) {
    const { data } = await this.labels.recognize(image);
    return data.text.split("\n").map((line) => line.replace(/\s+/g, "")).filter((line) => line !== "");
  }
  async close() {
    await Promise.all([this.figures.terminate(), this.labels.terminate()]);
  }
};

// src/raster.ts
function inkOf(raster, dropSeal = true) {
  const { width, height, data } = raster;
  const out = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < out.length; i++, p += 4) {
    const r = data[p];
    const g = data[p + 1];
    const b = data[p + 2];
    const seal2 = dropSeal && r - (g + b) / 2 > REDDISH && 0.299 * r + 0.587 * g + 0.114 * b > SEAL_DARKEST;
    out[i] = data[p + 3] < 128 || seal2 ? 255 : r;
  }
  return { width, height, data: out };
}
var REDDISH = 30;
var SEAL_DARKEST = 60;
var INK = 150;
function binarise(gray, threshold = INK) {
  const out = new Uint8Array(gray.data.length);
  for (let i = 0; i < out.length; i++) out[i] = gray.data[i] < threshold ? 1 : 0;
  return out;
}

// src/crop.ts
function inkBox(gray, box) {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = -1;
  let y1 = -1;
  let dots = 0;
  for (let y = box.y0; y <= box.y1; y++) {
    for (let x = box.x0; x <= box.x1; x++) {
      if (gray.data[y * gray.width + x] >= INK) continue;
      dots++;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  if (dots < 6) return void 0;
  return { x0, y0, x1, y1 };
}
function inset(box, by) {
  return { x0: box.x0 + by, y0: box.y0 + by, x1: box.x1 - by, y1: box.y1 - by };
}
function looksLikeFigure(gray, ink) {
  const h = ink.y1 - ink.y0 + 1;
  let run = 0;
  for (let x = ink.x0; x <= ink.x1 + 1; x++) {
    let on = false;
    if (x <= ink.x1) {
      for (let y = ink.y0; y <= ink.y1 && !on; y++) on = gray.data[y * gray.width + x] < INK;
    }
    if (on) run++;
    else {
      if (run > 0.85 * h) return false;
      run = 0;
    }
  }
  return true;
}
function cropPgm(gray, box, scale, pad, threshold) {
  const w = Math.max(1, Math.round((box.x1 - box.x0 + 1) * scale)) + 2 * pad;
  const h = Math.max(1, Math.round((box.y1 - box.y0 + 1) * scale)) + 2 * pad;
  const header = new TextEncoder().encode(`P5
${w} ${h}
255
`);
  const out = new Uint8Array(header.length + w * h).fill(255);
  out.set(header, 0);
  const body = header.length;
  for (let y = 0; y < h - 2 * pad; y++) {
    const sy = box.y0 + (y + 0.5) / scale - 0.5;
    const y0 = Math.max(box.y0, Math.min(box.y1, Math.floor(sy)));
    const y1 = Math.min(box.y1, y0 + 1);
    const fy = Math.max(0, Math.min(1, sy - y0));
    for (let x = 0; x < w - 2 * pad; x++) {
      const sx = box.x0 + (x + 0.5) / scale - 0.5;
      const x0 = Math.max(box.x0, Math.min(box.x1, Math.floor(sx)));
      const x1 = Math.min(box.x1, x0 + 1);
      const fx = Math.max(0, Math.min(1, sx - x0));
      const d = gray.data;
      const W = gray.width;
      const v = (d[y0 * W + x0] * (1 - fx) + d[y0 * W + x1] * fx) * (1 - fy) + (d[y1 * W + x0] * (1 - fx) + d[y1 * W + x1] * fx) * fy;
      out[body + (y + pad) * w + x + pad] = threshold === void 0 ? v : v < threshold ? 0 : 255;
    }
  }
  return out;
}

// src/deskew.ts
var MAX_SKEW = 3;
var STEP = 0.05;
function skewOf(gray) {
  const { width, height, data } = gray;
  const xs = [];
  const ys = [];
  for (let y = 0; y < height; y += 2) {
    for (let x = 0; x < width; x += 2) {
      if (data[y * width + x] < INK) {
        xs.push(x - width / 2);
        ys.push(y);
      }
    }
  }
  if (xs.length === 0) return 0;
  let best2 = 0;
  let bestScore = -1;
  const bins = new Float64Array(height + 2 * width);
  for (let a = -MAX_SKEW; a <= MAX_SKEW + 1e-9; a += STEP) {
    const t = Math.tan(a * Math.PI / 180);
    bins.fill(0);
    for (let i = 0; i < xs.length; i++) {
      const b = Math.round(ys[i] - xs[i] * t) + width;
      if (b >= 0 && b < bins.length) bins[b]++;
    }
    let score2 = 0;
    for (let i = 0; i < bins.length; i++) score2 += bins[i] * bins[i];
    if (score2 > bestScore) {
      bestScore = score2;
      best2 = a;
    }
  }
  return Math.round(best2 * 100) / 100;
}
function rotate(gray, degrees) {
  if (degrees === 0) return gray;
  const { width, height, data } = gray;
  const out = new Uint8Array(width * height).fill(255);
  const r = -degrees * Math.PI / 180;
  const cos = Math.cos(r);
  const sin = Math.sin(r);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dx = x - cx;
      const dy = y - cy;
      const sx = cos * dx + sin * dy + cx;
      const sy = -sin * dx + cos * dy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * width + x0;
      const top = data[i] * (1 - fx) + data[i + 1] * fx;
      const bottom = data[i + width] * (1 - fx) + data[i + width + 1] * fx;
      out[y * width + x] = top * (1 - fy) + bottom * fy;
    }
  }
  return { width, height, data: out };
}

// src/grid.ts
var GAP = 3;
function findGrids(ink, width, height, unit) {
  const rules2 = horizontalRules(ink, width, height, Math.round(24 * unit));
  const grids = [];
  let current;
  for (let i = 0; i + 1 < rules2.length; i++) {
    const top = rules2[i];
    const bottom = rules2[i + 1];
    const band = bandBetween(ink, width, top, bottom, unit);
    if (band === void 0) {
      if (current) grids.push(gridOf(current.lines, current.bands, ink, width));
      current = void 0;
      continue;
    }
    if (!current) current = { lines: [top], bands: [] };
    current.lines.push(bottom);
    current.bands.push(band);
  }
  if (current) grids.push(gridOf(current.lines, current.bands, ink, width));
  return grids;
}
function horizontalRules(ink, width, height, min) {
  const out = [];
  let open;
  for (let y = 0; y < height; y++) {
    let x0 = -1;
    let x1 = -1;
    let run = -1;
    let gap2 = 0;
    const row2 = y * width;
    for (let x = 0; x <= width; x++) {
      const on = x < width && ink[row2 + x] === 1;
      if (on) {
        if (run < 0) run = x;
        gap2 = 0;
        continue;
      }
      if (run < 0) continue;
      if (++gap2 <= GAP && x < width) continue;
      const end = x - gap2;
      if (end - run >= min) {
        if (x0 < 0 || run < x0) x0 = run;
        if (end > x1) x1 = end;
      }
      run = -1;
      gap2 = 0;
    }
    if (x0 >= 0 && open && y - open.y1 <= 1) {
      open.y1 = y;
      open.x0 = Math.min(open.x0, x0);
      open.x1 = Math.max(open.x1, x1);
    } else if (x0 >= 0) {
      if (open) out.push(open);
      open = { y0: y, y1: y, x0, x1 };
    } else if (open) {
      out.push(open);
      open = void 0;
    }
  }
  if (open) out.push(open);
  return out;
}
function bandBetween(ink, width, top, bottom, unit) {
  const y0 = top.y1 + 1;
  const y1 = bottom.y0 - 1;
  const h = y1 - y0 + 1;
  if (h < 6 * unit || h > 200 * unit) return void 0;
  const x0 = 0;
  const x1 = width - 1;
  const verticals = [];
  let from = -1;
  for (let x = x0; x <= x1 + 1; x++) {
    let filled = 0;
    if (x <= x1) {
      for (let y = y0; y <= y1; y++) filled += ink[y * width + x];
    }
    const on = x <= x1 && filled >= 0.9 * h;
    if (on && from < 0) from = x;
    if (!on && from >= 0) {
      verticals.push([from, x - 1]);
      from = -1;
    }
  }
  if (verticals.length < 2) return void 0;
  return { top, bottom, verticals };
}
function gridOf(lines, bands, ink, width) {
  const cells = [];
  let above = [];
  bands.forEach((band, b) => {
    const row2 = [];
    for (let i = 0; i + 1 < band.verticals.length; i++) {
      const x0 = band.verticals[i][1] + 1;
      const x1 = band.verticals[i + 1][0] - 1;
      const y0 = band.top.y1 + 1;
      const y1 = band.bottom.y0 - 1;
      const open = b > 0 && !ruled(ink, width, band.top, x0, x1);
      const up = open ? above.find((c) => Math.abs(c.box.x0 - x0) <= 3 && Math.abs(c.box.x1 - x1) <= 3) : void 0;
      if (up) {
        up.box.y1 = y1;
        up.span++;
        row2.push(up);
        continue;
      }
      const cell = { box: { x0, y0, x1, y1 }, band: b, span: 1 };
      cells.push(cell);
      row2.push(cell);
    }
    above = row2;
  });
  const first = lines[0];
  const last = lines[lines.length - 1];
  const box = {
    x0: Math.min(...lines.map((l) => l.x0)),
    y0: first.y0,
    x1: Math.max(...lines.map((l) => l.x1)),
    y1: last.y1
  };
  cells.sort((a, b) => a.band - b.band || a.box.x0 - b.box.x0);
  return { lines: lines.map((l) => Math.round((l.y0 + l.y1) / 2)), cells, box };
}
function ruled(ink, width, rule, x0, x1) {
  let on = 0;
  for (let x = x0; x <= x1; x++) {
    let any = 0;
    for (let y = rule.y0; y <= rule.y1; y++) any |= ink[y * width + x];
    on += any;
  }
  return on >= 0.6 * (x1 - x0 + 1);
}

// src/page-reader.ts
var A4_WIDTH_PT = 595.3;
var READ_UNIT = 300 / 72;
var SECOND_SCALE = 4 / 3;
var DOUBTFUL = 40;
var DOUBT = 50;
var CHINESE = /[\u3400-\u9fff]/;
var HEADING_REACH_PT = 60;
async function readPage(page, raster, recognizer, onCell) {
  const unit = raster.width / A4_WIDTH_PT;
  const skewed = inkOf(raster);
  const skew = skewOf(skewed);
  const image = rotate(skewed, skew);
  const ruled2 = rotate(inkOf(raster, false), skew);
  const grids = findGrids(binarise(ruled2), image.width, image.height, unit);
  const scale = READ_UNIT / unit;
  const pad = 12;
  const cells = [];
  const total2 = grids.reduce((n2, g) => n2 + g.cells.length, 0);
  let done = 0;
  for (const [table, grid] of grids.entries()) {
    for (const cell of grid.cells) {
      const inner = inset(cell.box, Math.ceil(2 * unit));
      const ink = inkBox(image, inner);
      const base = { page, table, band: cell.band, box: cell.box };
      onCell?.(++done, total2);
      if (!ink) {
        cells.push({ ...base, kind: "blank", text: "", confidence: 100 });
        continue;
      }
      const margin = Math.round(unit);
      const tight = {
        x0: Math.max(inner.x0, ink.x0 - margin),
        y0: Math.max(inner.y0, ink.y0 - margin),
        x1: Math.min(inner.x1, ink.x1 + margin),
        y1: Math.min(inner.y1, ink.y1 + margin)
      };
      const crop = cropPgm(image, tight, scale, pad);
      const second = () => cropPgm(image, tight, scale * SECOND_SCALE, pad, INK);
      const oneLine = ink.y1 - ink.y0 <= 11 * unit;
      let figure;
      if (oneLine && looksLikeFigure(image, ink)) {
        figure = await readTwice(recognizer, crop, second());
        if (figure.text !== "" && figure.confidence >= DOUBT) {
          cells.push({ ...base, kind: "figure", ...figure });
          continue;
        }
      }
      const label = await recognizer.label(crop);
      if (!CHINESE.test(label.text) && oneLine) {
        figure ??= await readTwice(recognizer, crop, second());
        cells.push({ ...base, kind: "figure", ...figure });
        continue;
      }
      cells.push({ ...base, kind: "label", ...label });
    }
  }
  const tables2 = grids.map((g) => g.box);
  const top = page === 1 ? [{ x0: 0, y0: 0, x1: image.width - 1, y1: Math.round(image.height * 0.3) }] : [];
  const prose = await readHeadings(image, [...top, ...tables2], unit, scale, recognizer);
  return { page, skew, image, unit, cells, prose };
}
async function readTwice(recognizer, grey, binary) {
  const a = await recognizer.figure(grey);
  const b = await recognizer.figure(binary);
  if (a.text === b.text) return { text: a.text, confidence: Math.max(a.confidence, b.confidence) };
  const best2 = a.text === "" || b.text !== "" && b.confidence > a.confidence ? b : a;
  return { text: best2.text, confidence: Math.min(a.confidence, b.confidence, DOUBTFUL) };
}
async function readHeadings(image, tables2, unit, scale, recognizer) {
  const out = [];
  let floor = 0;
  const margin = Math.round(40 * unit);
  for (const table of tables2) {
    const y0 = table.y0 === 0 ? margin : Math.max(floor, table.y0 - Math.round(HEADING_REACH_PT * unit));
    const box = { x0: margin, y0, x1: image.width - margin, y1: table.y0 === 0 ? table.y1 : table.y0 - 2 };
    floor = table.y1 + 2;
    if (box.y1 - box.y0 < 8 * unit) continue;
    const ink = inkBox(image, box);
    if (!ink) continue;
    console.error("HEAD", box, ink);
    const reading = await recognizer.prose(cropPgm(image, ink, scale, 12));
    for (const text2 of reading) out.push({ y: ink.y0, text: text2 });
  }
  return out;
}

// src/scan.ts
var ScanError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "ScanError";
  }
};
async function readScanPages(rasters, pageCount, recognizer, options = {}) {
  const pages2 = [];
  let n2 = 0;
  for await (const raster of rasters) {
    n2++;
    options.signal?.throwIfAborted();
    const page = await readPage(n2, raster, recognizer, (cell, cells) => {
      options.signal?.throwIfAborted();
      options.onProgress?.({ page: n2, pages: pageCount, cell, cells });
    });
    pages2.push(page);
  }
  const locale = options.locale ?? "zh";
  const noTable = () => new ScanError("scan.no-table", scanMessage("scan.no-table", locale, { pages: n2 }).message);
  if (!pages2.some((p) => p.cells.some((c) => c.kind === "figure"))) throw noTable();
  const draft2 = draftOf(pages2, options);
  if (Object.keys(draft2.cells).length === 0) throw noTable();
  draft2.diagnostics.unshift(scanMessage("scan.ocr", locale, {}));
  if (options.crop) {
    for (const item of draft2.toConfirm) {
      if (item.page === void 0 || item.box === void 0) continue;
      const page = pages2[item.page - 1];
      const m = Math.round(3 * page.unit);
      const { width, height } = page.image;
      const box = {
        x0: Math.max(0, item.box.x0 - m),
        y0: Math.max(0, item.box.y0 - m),
        x1: Math.min(width - 1, item.box.x1 + m),
        y1: Math.min(height - 1, item.box.y1 + m)
      };
      item.crop = await options.crop(page.image, box);
    }
  }
  return draft2;
}

// src/node/render.ts
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
var require2 = createRequire(import.meta.url);
function pdfjsData() {
  const root = dirname(require2.resolve("pdfjs-dist/package.json"));
  return { cMapUrl: join(root, "cmaps") + "/", standardFontDataUrl: join(root, "standard_fonts") + "/" };
}
async function renderPdf(bytes, dpi2) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const { createCanvas: createCanvas2 } = await import("@napi-rs/canvas");
  const doc = await pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    cMapPacked: true,
    ...pdfjsData()
  }).promise;
  async function* rasters() {
    try {
      for (let n2 = 1; n2 <= doc.numPages; n2++) {
        const page = await doc.getPage(n2);
        const viewport = page.getViewport({ scale: dpi2 / 72 });
        const canvas = createCanvas2(Math.ceil(viewport.width), Math.ceil(viewport.height));
        const context = canvas.getContext("2d");
        context.fillStyle = "#fff";
        context.fillRect(0, 0, canvas.width, canvas.height);
        await page.render({ canvasContext: context, viewport, canvas }).promise;
        const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
        page.cleanup();
        yield { data, width, height };
      }
    } finally {
      await doc.destroy();
    }
  }
  return { pages: doc.numPages, rasters: rasters() };
}
async function decodeImage(bytes) {
  const { createCanvas: createCanvas2, loadImage } = await import("@napi-rs/canvas");
  const image = await loadImage(Buffer.from(bytes));
  const canvas = createCanvas2(image.width, image.height);
  const context = canvas.getContext("2d");
  context.fillStyle = "#fff";
  context.fillRect(0, 0, image.width, image.height);
  context.drawImage(image, 0, 0);
  const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
  return { data, width, height };
}

// src/node/read-scan.ts
var require3 = createRequire2(import.meta.url);
function languagePaths() {
  return {
    eng: require3("@tesseract.js-data/eng").langPath,
    chi_sim: require3("@tesseract.js-data/chi_sim").langPath
  };
}

// test/scans.ts
import { readFileSync } from "node:fs";
import { join as join2 } from "node:path";

// ../../../../../tmp/ocr/cn.ts
var publishedDir = "/work/wt/ocr/corpus/published";

// test/scans.ts
import { createCanvas } from "@napi-rs/canvas";
var HUAIAN = "01-huaian-city-gov-2024";
var huaianPdf = () => new Uint8Array(readFileSync(join2(publishedDir, `${HUAIAN}.pdf`)));
var huaianExpected = () => JSON.parse(readFileSync(join2(publishedDir, `${HUAIAN}.expected.json`), "utf8")).cells;
async function scanPages(variant, pages2) {
  const { rasters } = await renderPdf(huaianPdf(), variant.dpi);
  const out = [];
  let n2 = 0;
  for await (const raster of rasters) {
    n2++;
    if (!pages2.includes(n2)) continue;
    const page = createCanvas(raster.width, raster.height);
    const context = page.getContext("2d");
    const pixels = context.createImageData(raster.width, raster.height);
    pixels.data.set(raster.data);
    context.putImageData(pixels, 0, 0);
    const sheet = variant.rotate ? turned(page, variant.rotate) : page;
    if (variant.seal) stamp(sheet.getContext("2d"), sheet.width, sheet.height);
    const bytes = variant.jpeg ? sheet.toBuffer("image/jpeg", variant.jpeg) : sheet.toBuffer("image/png");
    out.push({ bytes: new Uint8Array(bytes), width: sheet.width, height: sheet.height });
  }
  return out;
}
function turned(page, degrees) {
  const out = createCanvas(page.width, page.height);
  const context = out.getContext("2d");
  context.fillStyle = "#fff";
  context.fillRect(0, 0, out.width, out.height);
  context.translate(out.width / 2, out.height / 2);
  context.rotate(degrees * Math.PI / 180);
  context.drawImage(page, -page.width / 2, -page.height / 2);
  context.setTransform(1, 0, 0, 1, 0, 0);
  return out;
}
function stamp(context, width, height) {
  const unit = width / 595.3;
  const r = 60 * unit;
  const cx = width * 0.62;
  const cy = height * 0.6;
  context.save();
  context.globalCompositeOperation = "multiply";
  context.strokeStyle = "rgba(220, 30, 40, 0.85)";
  context.fillStyle = "rgba(220, 30, 40, 0.85)";
  context.lineWidth = 3.5 * unit;
  context.beginPath();
  context.arc(cx, cy, r, 0, 2 * Math.PI);
  context.stroke();
  context.beginPath();
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + i * Math.PI / 5;
    const d = i % 2 === 0 ? 0.3 * r : 0.12 * r;
    context.lineTo(cx + d * Math.cos(a), cy + d * Math.sin(a));
  }
  context.closePath();
  context.fill();
  context.lineWidth = 2.2 * unit;
  for (let i = 0; i < 14; i++) {
    const a = Math.PI * (1.1 + i * 0.8 / 13);
    const x = cx + 0.75 * r * Math.cos(a);
    const y = cy + 0.75 * r * Math.sin(a);
    context.strokeRect(x - 5 * unit, y - 5 * unit, 10 * unit, 10 * unit);
  }
  context.restore();
}

// test/score.ts
function score(draft2, expected) {
  const listed = new Map(draft2.toConfirm.map((c) => [c.address, c.reasons]));
  const out = {
    expected: 0,
    right: 0,
    wrong: 0,
    silent: 0,
    onlyUnchecked: 0,
    toConfirm: listed.size,
    wrongCells: []
  };
  for (const [address2, want] of Object.entries(expected)) {
    if (want === null) continue;
    out.expected++;
    const got = draft2.cells[address2]?.value ?? null;
    if (got === want) {
      out.right++;
      continue;
    }
    out.wrong++;
    out.wrongCells.push(`${address2}: ${got} (want ${want})`);
    const reasons = listed.get(address2);
    if (!reasons) out.silent++;
    else if (reasons.length === 1 && reasons[0] === "unchecked") out.onlyUnchecked++;
  }
  return out;
}

// ../../../../../tmp/ocr/dbg.ts
var [dpi, jpeg, rot, seal, ...pg] = process.argv.slice(2).map(Number);
var rec = await Recognizer.create(languagePaths());
var imgs = await scanPages({ name: "x", dpi, jpeg: jpeg || void 0, rotate: rot || void 0, seal: !!seal }, pg);
writeFileSync("/tmp/ocr/v.jpg", imgs[0].bytes);
var pages = [];
for (const [i, im] of imgs.entries()) pages.push(await readPage(i + 1, await decodeImage(im.bytes), rec));
var { text } = scanToText(pages);
writeFileSync("/tmp/ocr/v.txt", text);
console.log(pages.map((p) => p.skew));
console.log(importText(text).diagnostics.map((d) => d.code + " " + d.message).join("\n"));
var draft = await readScanPages(await Promise.all(imgs.map((i) => decodeImage(i.bytes))), imgs.length, rec);
var placed = Object.fromEntries(Object.entries(huaianExpected()).filter(([a]) => draft.cells[a]));
console.log(Object.keys(placed).length, score(draft, placed));
await rec.close();
for (const c of pages[0].cells.filter((c2) => c2.table === 1 && c2.band >= 6 && c2.band <= 8)) console.log(c.band, c.kind, c.text, Math.round(c.confidence), c.box);
console.log(draft.toConfirm.filter((c) => c.reasons.includes("not-found") || c.reasons.includes("unreadable")).map((c) => c.address + " " + c.reasons).slice(0, 12));
console.log(draft.diagnostics.filter((d) => d.code.startsWith("scan")).map((d) => d.message));
for (const b of [2, 3, 4, 5]) console.log(b, pages[0].cells.filter((c) => c.table === 1 && c.band === b).map((c) => `${c.kind}:${c.text}:${Math.round(c.confidence)}@${c.box.x0}-${c.box.x1}`).join(" "));
var exp = huaianExpected();
console.log("missing", Object.keys(exp).filter((a) => a.startsWith("appl") && !draft.cells[a]).slice(0, 200).join(" "));
console.log(pages[0].prose);
