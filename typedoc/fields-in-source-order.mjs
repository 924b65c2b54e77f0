// A TypeDoc plugin: the fields of an interface (and of an object type written inline) are listed in the order the
// source declares them (a model's in Clerk's order: object, id, name, slug, …), where TypeDoc would sort them
// alphabetically; modules and categories keep the configured sort. It gives each of those reflections the
// `@sortStrategy source-order` tag before TypeDoc groups and sorts members; typedoc.json lists `@sortStrategy` in
// `notRenderedTags`, so the tag is not shown.
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Interface | ReflectionKind.TypeLiteral)) {
        // An interface left undocumented keeps no comment, so TypeDoc's notDocumented check still sees it.
        if (!reflection.comment && reflection.kindOf(ReflectionKind.Interface)) continue;
        reflection.comment ??= new Comment();
        if (!reflection.comment.getTag('@sortStrategy')) {
          reflection.comment.blockTags.push(new CommentTag('@sortStrategy', [{ kind: 'text', text: 'source-order' }]));
        }
      }
    },
    // Before TypeDoc's GroupPlugin (priority -100), which reads the tag.
    0,
  );
}
