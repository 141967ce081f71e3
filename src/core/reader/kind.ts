/**
 * A row's school type, part and ownership, from its cells, its name and the
 * section label above it.
 */
import { CATALOGUE } from '../messages/catalogue';
import type { Message, Ownership, SchoolType, Section } from '../types';
import { inferTypeFromName, ownershipFromName, parseOwnership, parseSchoolType, partOf } from './classify';
import { cellMessage } from './cell-message';
import type { GridView } from './grid';

interface Kind {
  type: SchoolType | null;
  typeText: string | null;
  part: Section | null;
  ownership: Ownership | null;
}

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
 *
 * @example
 * readKind(view, 4, '城关学校', { j: 1, text: '九年一贯制' }, { j: -1, text: '' }, null, messages).type; // 'nine-year'
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
      cellMessage(view, 'warning', 'unrecognised-type-cell', i, typeCell.j, { text: typeCell.text, types: CATALOGUE['type-words'] }),
    );
  }
  const ownership = ownershipCell.text === '' ? null : parseOwnership(ownershipCell.text);
  if (ownershipCell.text !== '' && ownership === null && messages !== null) {
    messages.push(
      cellMessage(view, 'warning', 'unknown-ownership', i, ownershipCell.j, { text: ownershipCell.text, ownerships: CATALOGUE['ownership-words'] }),
    );
  }
  return {
    type,
    typeText: typeCell.text === '' ? null : typeCell.text,
    part,
    ownership: ownership ?? ownershipFromName(name),
  };
}
