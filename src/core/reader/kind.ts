/**
 * A row's school type, part and ownership, from its cells, its name and the
 * section label above it.
 */
import type { L10n, Message, Ownership, SchoolType, Section } from '../types';
import { inferTypeFromName, ownershipFromName, parseOwnership, parseSchoolType, partOf } from './classify';
import { cellMessage } from './cell-message';
import type { GridView } from './grid';

interface Kind {
  type: SchoolType | null;
  typeText: string | null;
  part: Section | null;
  ownership: Ownership | null;
}

const TYPE_HINT: L10n = {
  zh: '小学、初中、九年一贯制学校、完全中学、十二年一贯制学校、教学点、特殊教育学校、职业学校 或 高中',
  en: '小学, 初中, 九年一贯制学校, 完全中学, 十二年一贯制学校, 教学点, 特殊教育学校, 职业学校 or 高中',
};

/**
 * Type and part of a row: the type cell (`written`, as parsed), else the name,
 * else the label above; a part word (小学部) in the type cell names only the part.
 */
function readType(
  name: string,
  typeText: string,
  written: SchoolType | null,
  context: SchoolType | null,
): Pick<Kind, 'type' | 'part'> {
  const writtenPart = typeText === '' ? null : partOf(typeText);
  const type =
    writtenPart === null ? (written ?? inferTypeFromName(name) ?? context) : (inferTypeFromName(name) ?? context ?? written);
  return { type, part: writtenPart ?? partOf(name) };
}

/**
 * Type, part and ownership of a row from its cells, its name and the label
 * above it. Unrecognised type or ownership cells get a warning when `messages` is given.
 */
export function readKind(
  view: GridView,
  i: number,
  name: string,
  typeCell: { j: number; text: string },
  ownershipCell: { j: number; text: string },
  context: SchoolType | null,
  messages: Message[] | null,
): Kind {
  const written = typeCell.text === '' ? null : parseSchoolType(typeCell.text);
  const { type, part } = readType(name, typeCell.text, written, context);
  if (typeCell.text !== '' && written === null && messages !== null) {
    messages.push(
      cellMessage(view, 'warning', 'unknown-type', i, typeCell.j, {
        zh: `：学校类型「${typeCell.text}」无法识别，已按校名或所在分组判断：请填写 ${TYPE_HINT.zh}`,
        en: `: school type "${typeCell.text}" is not recognised and was judged from the name or the group: write ${TYPE_HINT.en}`,
      }),
    );
  }
  const ownership = ownershipCell.text === '' ? null : parseOwnership(ownershipCell.text);
  if (ownershipCell.text !== '' && ownership === null && messages !== null) {
    messages.push(
      cellMessage(view, 'warning', 'unknown-ownership', i, ownershipCell.j, {
        zh: `：办学性质「${ownershipCell.text}」无法识别：请填写 公办 或 民办`,
        en: `: ownership "${ownershipCell.text}" is not recognised: write 公办 (public) or 民办 (private)`,
      }),
    );
  }
  return {
    type,
    typeText: typeCell.text === '' ? null : typeCell.text,
    part,
    ownership: ownership ?? ownershipFromName(name),
  };
}
